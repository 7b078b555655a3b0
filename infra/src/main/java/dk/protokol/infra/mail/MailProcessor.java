package dk.protokol.infra.mail;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.ObjectionPeriodStarted;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.infra.web.PublicBaseUrl;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.documents.CalendarEntry;
import dk.protokol.query.documents.MeetingCalendar;
import dk.protokol.query.minutes.Directory;
import dk.protokol.query.minutes.MeetingState;
import dk.protokol.query.minutes.MinutesFold;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.minutes.MinutesViews;
import dk.protokol.query.minutes.Recording;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.OnDate;
import dk.protokol.query.organisation.OrganisationAsOf;
import dk.protokol.query.organisation.PersonFold;
import dk.protokol.query.organisation.PersonProjection;
import dk.protokol.query.organisation.PersonView;
import dk.protokol.query.organisation.Seat;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Derives the meeting mails from the events (issue 14, item 2) into the outbox, in processing group {@value
 * #PROCESSING_GROUP}: a streaming processor of its own whose token is stored in the same transaction as the rows it
 * writes, so an event's mails are queued exactly once; the outbox's unique key (event, recipient, kind) keeps a
 * redelivered event from queueing twice all the same. It is not a view: the views' rebuild leaves it alone
 * ({@link dk.protokol.infra.operations.ViewRebuild}), it starts at the head of the store (an installation that gets
 * mail does not mail its whole past), and its handlers never run in a replay.
 * <p>
 * The processor runs beside the views, not after them, so it reads nothing from a view that may lag: the meeting is
 * folded from its own events up to the event handled (the as-of replay's fold), the bodies and people as recorded at
 * the event's time. Recipients: everyone sitting in the meeting's bodies (all bodies of a joint meeting) on the
 * meeting's date, the secretariat (the SECRETARY role) included, in the order of their ids (each queueing locks the
 * person's key row, see {@link OutboxStore#queue}). An erased person gets nothing ({@link OutboxErasure} redacts
 * what was queued before); a person without an address gets a row in state FAILED that says so. Moves and
 * cancellations are mailed only once the agenda is out.
 */
@Component
@ProcessingGroup(MailProcessor.PROCESSING_GROUP)
public class MailProcessor {

    public static final String PROCESSING_GROUP = "mail";

    private final EventHistory history;
    private final PersonProjection people;
    private final OrganisationAsOf organisation;
    private final MeetingCalendar calendar;
    private final OutboxStore outbox;
    private final MailSettings settings;
    private final PublicBaseUrl baseUrl;
    private final Clock clock;

    public MailProcessor(EventHistory history, PersonProjection people, BodyProjection bodies,
                         MeetingCalendar calendar, OutboxStore outbox, MailSettings settings, PublicBaseUrl baseUrl,
                         Clock clock) {
        this.history = history;
        this.people = people;
        this.organisation = new OrganisationAsOf(people, bodies, history);
        this.calendar = calendar;
        this.outbox = outbox;
        this.settings = settings;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(AgendaPublished event, EventMessage<?> message, @SequenceNumber long sequence) {
        meeting(event.meetingId(), message, sequence).ifPresent(meeting -> queue(meeting, MailKind.AGENDA, message));
    }

    @EventHandler
    @DisallowReplay
    void on(MeetingRescheduled event, EventMessage<?> message, @SequenceNumber long sequence) {
        meeting(event.meetingId(), message, sequence)
                .filter(Meeting::agendaOut)
                .ifPresent(meeting -> queue(meeting, MailKind.AGENDA_UPDATED, message));
    }

    @EventHandler
    @DisallowReplay
    void on(MeetingCancelled event, EventMessage<?> message, @SequenceNumber long sequence) {
        meeting(event.meetingId(), message, sequence)
                .filter(Meeting::agendaOut)
                .ifPresent(meeting -> queue(meeting, MailKind.MEETING_CANCELLED, message));
    }

    @EventHandler
    @DisallowReplay
    void on(ObjectionPeriodStarted event, EventMessage<?> message, @SequenceNumber long sequence) {
        meeting(event.meetingId(), message, sequence)
                .ifPresent(meeting -> queue(meeting, MailKind.MINUTES_CIRCULATED, message));
    }

    @EventHandler
    @DisallowReplay
    void on(MinutesApproved event, EventMessage<?> message, @SequenceNumber long sequence) {
        meeting(event.meetingId(), message, sequence)
                .ifPresent(meeting -> queue(meeting, MailKind.MINUTES_APPROVED, message));
    }

    /**
     * The meeting as it stood with this event: folded from its events up to the event's own sequence number.
     * {@code reschedules} counts the moves so far: the invitation's SEQUENCE.
     */
    record Meeting(MeetingState state, boolean agendaOut, int reschedules) {
    }

    private Optional<Meeting> meeting(MeetingId meetingId, EventMessage<?> message, long sequence) {
        MeetingState[] state = {null};
        boolean[] published = {false};
        int[] reschedules = {0};
        history.replayAggregate(meetingId.toString(), message.getTimestamp(), recorded -> {
            if (recorded.sequenceNumber() <= sequence && recorded.payload() instanceof MeetingEvent event) {
                state[0] = MinutesFold.apply(state[0], event, Recording.of(recorded));
                // published before this event (the agenda mail itself is the AgendaPublished event's)
                if (recorded.sequenceNumber() < sequence && event instanceof AgendaPublished) {
                    published[0] = true;
                }
                if (event instanceof MeetingRescheduled) {
                    reschedules[0]++;
                }
            }
        });
        if (state[0] == null || state[0].start() == null) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(state[0], published[0], reschedules[0]));
    }

    private void queue(Meeting meeting, MailKind kind, EventMessage<?> message) {
        MeetingState state = meeting.state();
        Instant asOf = message.getTimestamp();
        List<BodyId> bodyIds = new ArrayList<>();
        bodyIds.add(state.bodyId());
        state.jointBodyIds().stream().filter(id -> !bodyIds.contains(id)).forEach(bodyIds::add);
        List<BodyView> bodies = organisation.bodies(bodyIds, asOf);
        Set<PersonId> seated = new java.util.TreeSet<>(java.util.Comparator.comparing(PersonId::value));
        for (BodyView body : bodies) {
            OnDate.seats(body, state.start().toLocalDate()).stream().map(Seat::personId).forEach(seated::add);
        }
        Directory directory = new Directory(
                organisation.people(MinutesViews.people(state), asOf).stream()
                        .collect(Collectors.toMap(PersonView::id, Function.identity(), (a, b) -> a)),
                bodies.stream().collect(Collectors.toMap(BodyView::id, Function.identity(), (a, b) -> a)),
                people.personalData());
        MinutesView minutes = MinutesViews.minutes(state, directory, null, List.of(), asOf);
        MeetingMail mail = mail(minutes, bodies);
        int sequence = kind == MailKind.MEETING_CANCELLED ? meeting.reschedules() + 1 : meeting.reschedules();
        MeetingCalendar.Method method = switch (kind) {
            case AGENDA, AGENDA_UPDATED -> MeetingCalendar.Method.REQUEST;
            case MEETING_CANCELLED -> MeetingCalendar.Method.CANCEL;
            default -> null;
        };
        for (Recipient to : recipients(seated, asOf)) {
            MailText text = MailTexts.meeting(kind, to.english(), mail);
            String invitation = method == null ? null
                    : calendar.invitation(CalendarEntry.of(minutes), method, sequence, settings.from(), to.address());
            outbox.queue(new OutboxStore.NewMail(message.getIdentifier(), kind, to, state.meetingId(), null, bodyIds,
                    text, invitation, method == null ? null : method.name()), clock.instant());
        }
    }

    private MeetingMail mail(MinutesView minutes, List<BodyView> bodies) {
        String bodyName = bodies.stream().map(BodyView::name).filter(name -> name != null && !name.isBlank())
                .collect(Collectors.joining(" og "));
        List<MeetingMail.AgendaLine> agenda = minutes.agenda().stream()
                .filter(item -> !item.withdrawn() && item.number() != null)
                .map(item -> new MeetingMail.AgendaLine(item.number(), item.title(), attachmentsOf(minutes, item)))
                .toList();
        MinutesView.CommentRound round = minutes.commentRound();
        LocalDateTime commentsUntil = round == null || round.endsAt() == null ? null
                : LocalDateTime.ofInstant(round.endsAt().minusSeconds(60), ZoneId.of("Europe/Copenhagen"));
        return new MeetingMail(bodyName.isEmpty() ? minutes.bodyName() : bodyName, minutes.start(),
                minutes.expectedEnd(), minutes.location(), minutes.cancelledReason(), agenda,
                link("/moeder/" + minutes.meetingId()), commentsUntil, round != null && round.tacitApproval());
    }

    /**
     * The bilag of an item as links, "Bilag 3.1: name" (issue 14, item 1), those not withdrawn, in their numbered
     * order; each leads to the download, which the recipient reads after logging in like the meeting itself.
     */
    List<MeetingMail.Attachment> attachmentsOf(MinutesView minutes, MinutesView.Item item) {
        return item.attachments().stream()
                .filter(attachment -> !attachment.withdrawn())
                .map(attachment -> new MeetingMail.Attachment(attachment.label() + ": " + attachment.fileName(),
                        link(attachment.href())))
                .toList();
    }

    private String link(String path) {
        String base = baseUrl.uri().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** Each person's address and language as recorded at {@code asOf}; the erased are left out. */
    List<Recipient> recipients(Set<PersonId> persons, Instant asOf) {
        List<Recipient> recipients = new ArrayList<>();
        for (PersonId person : persons) {
            PersonView[] state = {null};
            history.replayAggregate(person.toString(), asOf, recorded -> {
                if (recorded.payload() instanceof PersonEvent event) {
                    state[0] = PersonFold.apply(state[0], event);
                }
            });
            if (state[0] == null) {
                continue;
            }
            PersonView revealed = people.reveal(state[0]);
            if (revealed.erased()) {
                continue;
            }
            String address = revealed.email() == null || revealed.email().isBlank() ? null : revealed.email().strip();
            recipients.add(new Recipient(person, address, "en".equals(state[0].language()) ? "en" : "da"));
        }
        return recipients;
    }

    /** For the reminders: one person's address and language now (empty: unknown or erased). */
    Optional<Recipient> recipient(PersonId person, Instant asOf) {
        return recipients(new LinkedHashSet<>(List.of(person)), asOf).stream().findFirst();
    }

}
