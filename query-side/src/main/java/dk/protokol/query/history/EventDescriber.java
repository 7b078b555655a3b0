package dk.protokol.query.history;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.query.minutes.DanishLabels;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static dk.protokol.query.history.HistoryWords.UNKNOWN_DECISION;
import static dk.protokol.query.history.HistoryWords.UNKNOWN_ITEM;
import static dk.protokol.query.history.HistoryWords.hasText;
import static dk.protokol.query.history.HistoryWords.orUnknownBody;
import static dk.protokol.query.history.HistoryWords.orUnknownPerson;
import static dk.protokol.query.history.HistoryWords.quoted;

/**
 * Tells what an event recorded as a Danish sentence with detail lines. Fed an aggregate's events in the order they
 * were recorded, it remembers what it needs to name things later (an agenda item's title, a decision's text, a
 * person's details before a change): {@link #describe} tells the event as it read when it was recorded, then
 * learns from it. Names of people and bodies come from {@link HistoryNames}. No clock, no store: a pure function of
 * the events seen so far.
 */
public final class EventDescriber {

    /** What happened and its details. */
    public record Description(String what, List<String> details) {

        public Description {
            details = List.copyOf(details);
        }
    }

    private final HistoryNames names;
    private final Map<AgendaItemId, String> itemTitles = new HashMap<>();
    /** Each item's presenter as last recorded (null: none). */
    private final Map<AgendaItemId, PersonId> presenters = new HashMap<>();
    private final Map<DecisionId, String> decisionTexts = new HashMap<>();
    private final Map<PersonId, PersonDetailsChanged> personDetails = new HashMap<>();
    private final Map<BodyId, String> bodyNames = new HashMap<>();
    private BodyId meetingBody;
    private LocalDateTime meetingStart;

    public EventDescriber(HistoryNames names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    /** Describes the event as it read when recorded, then remembers what later events may name. */
    public Description describe(Object event) {
        Description description = tell(event);
        learn(event);
        return description;
    }

    /** The agenda item's title as last recorded among the events seen so far; null if not seen. */
    public String itemTitle(AgendaItemId itemId) {
        return itemTitles.get(itemId);
    }

    public String decisionText(DecisionId decisionId) {
        return decisionTexts.get(decisionId);
    }

    /** The body's name as established, from the events seen so far; null if not seen. */
    public String establishedName(BodyId bodyId) {
        return bodyNames.get(bodyId);
    }

    public BodyId meetingBody() {
        return meetingBody;
    }

    public LocalDateTime meetingStart() {
        return meetingStart;
    }

    /** The people an event names, whose names a history needs. */
    public static Stream<PersonId> peopleNamed(Object event) {
        List<PersonId> named = new ArrayList<>();
        if (event instanceof AgendaItemAdded e) {
            named.add(e.presenterId());
        } else if (event instanceof AgendaItemPresenterChanged e) {
            named.add(e.presenterId());
        } else if (event instanceof AttendanceRecorded e) {
            named.add(e.personId());
            named.add(e.substituteFor());
        } else if (event instanceof ConflictOfInterestDeclared e) {
            named.add(e.personId());
        } else if (event instanceof RemarkRecorded e) {
            named.add(e.personId());
        } else if (event instanceof ActionAgreed e) {
            named.add(e.ownerId());
        } else if (event instanceof MinutesApproved e) {
            named.add(e.approvedBy());
        } else if (event instanceof MemberAppointed e) {
            named.add(e.personId());
        } else if (event instanceof MemberRoleChanged e) {
            named.add(e.personId());
        } else if (event instanceof MembershipEnded e) {
            named.add(e.personId());
        } else if (event instanceof PersonRegistered e) {
            named.add(e.personId());
        } else if (event instanceof PersonDetailsChanged e) {
            named.add(e.personId());
        }
        return named.stream().filter(Objects::nonNull);
    }

    /** The bodies an event names. */
    public static Stream<BodyId> bodiesNamed(Object event) {
        List<BodyId> named = new ArrayList<>();
        if (event instanceof MeetingScheduled e) {
            named.add(e.bodyId());
        } else if (event instanceof CaseReferred e) {
            named.add(e.targetBodyId());
        } else if (event instanceof ReferredCaseAccepted e) {
            named.add(e.fromBodyId());
        } else if (event instanceof BodyEstablished e) {
            named.add(e.bodyId());
            named.add(e.parentId());
        } else if (event instanceof BodyRelationDeclared e) {
            named.add(e.targetBodyId());
        }
        return named.stream().filter(Objects::nonNull);
    }

    private Description tell(Object event) {
        Lines details = new Lines();
        String what;
        if (event instanceof MeetingScheduled e) {
            what = "Mødet i " + orUnknownBody(names.body(e.bodyId())) + " blev planlagt til "
                    + orDash(HistoryWords.dateTime(e.start()));
            details.add("Forventet slut", HistoryWords.dateTime(e.expectedEnd()));
            details.add("Sted", e.location());
        } else if (event instanceof MeetingRescheduled e) {
            what = "Mødet blev flyttet til " + orDash(HistoryWords.dateTime(e.start()));
            if (meetingStart != null) {
                details.add("Før", HistoryWords.dateTime(meetingStart));
            }
            details.add("Forventet slut", HistoryWords.dateTime(e.expectedEnd()));
            details.add("Sted", e.location());
        } else if (event instanceof MeetingCancelled e) {
            what = "Mødet blev aflyst";
            details.add("Begrundelse", e.reason());
        } else if (event instanceof AgendaItemAdded e) {
            what = "Punktet " + quoted(e.title(), UNKNOWN_ITEM) + " blev sat på dagsordenen";
            details.add("Type", DanishLabels.kind(e.kind()));
            details.add("Sagsfremstilling", e.description());
            if (e.presenterId() != null) {
                details.add("Fremlægges af", orUnknownPerson(names.person(e.presenterId())));
            }
            if (e.standing()) {
                details.add("Fast punkt på dagsordenen");
            }
        } else if (event instanceof AgendaItemAmended e) {
            what = "Punktet " + item(e.itemId()) + " blev ændret";
            if (hasText(e.title()) && !e.title().equals(itemTitles.get(e.itemId()))) {
                details.add("Ny titel", e.title());
            }
            details.add("Type", DanishLabels.kind(e.kind()));
            details.add("Sagsfremstilling", e.description());
        } else if (event instanceof AgendaItemPresenterChanged e) {
            what = e.presenterId() == null ? "Oplægsholder for punktet " + item(e.itemId()) + " blev fjernet"
                    : "Oplægsholder for punktet " + item(e.itemId()) + " blev ændret til " + person(e.presenterId());
            PersonId before = presenters.get(e.itemId());
            if (before != null) {
                details.add("Før", person(before));
            }
        } else if (event instanceof AgendaItemWithdrawn e) {
            what = "Punktet " + item(e.itemId()) + " blev trukket fra dagsordenen";
            details.add("Begrundelse", e.reason());
        } else if (event instanceof AgendaReordered e) {
            what = "Dagsordenen fik en ny rækkefølge";
            List<AgendaItemId> order = e.itemIds() == null ? List.of() : e.itemIds();
            for (int i = 0; i < order.size(); i++) {
                details.add((i + 1) + ". " + titleOf(order.get(i)));
            }
        } else if (event instanceof AgendaPublished) {
            what = "Dagsordenen blev udsendt";
        } else if (event instanceof AttendanceRecorded e) {
            what = "Fremmøde for " + person(e.personId()) + ": " + HistoryWords.attendance(e.status());
            if (e.substituteFor() != null) {
                details.add("Suppleant for", person(e.substituteFor()));
            }
            if (e.fromItemId() != null) {
                details.add("Fra punktet", titleOf(e.fromItemId()));
            }
            if (e.toItemId() != null) {
                details.add("Til og med punktet", titleOf(e.toItemId()));
            }
            details.add("Bemærkning", e.note());
        } else if (event instanceof ConflictOfInterestDeclared e) {
            what = person(e.personId()) + " blev registreret som inhabil i punktet " + item(e.itemId());
            details.add("Bemærkning", e.note());
        } else if (event instanceof MeetingOpened) {
            what = "Mødet blev åbnet";
        } else if (event instanceof ItemNotesRecorded e) {
            what = "Referatet af punktet " + item(e.itemId()) + " blev skrevet";
            details.add("Referat", e.text());
        } else if (event instanceof DecisionRecorded e) {
            what = "Beslutning i punktet " + item(e.itemId()) + ": " + orDash(DanishLabels.outcome(e.outcome()));
            details.add("Beslutning", e.text());
            details.add("Indstilling", e.recommendation());
            details.add("Stemmer", votes(e));
            if (e.lateEntry()) {
                details.add("Indført i referatet efter mødets afslutning");
            }
        } else if (event instanceof RemarkRecorded e) {
            what = "Protokolbemærkning fra " + person(e.personId()) + " til beslutningen " + decision(e.decisionId());
            details.add("Bemærkning", e.text());
        } else if (event instanceof ActionAgreed e) {
            what = "Handlingen " + quoted(e.description(), "(uden beskrivelse)") + " blev aftalt under punktet "
                    + item(e.itemId());
            details.add("Ansvarlig", person(e.ownerId()));
            details.add("Frist", HistoryWords.date(e.dueDate()));
            if (e.decisionId() != null) {
                details.add("Følger op på beslutningen", decision(e.decisionId()));
            }
        } else if (event instanceof CaseReferred e) {
            what = "Sagen i punktet " + item(e.itemId()) + " blev henvist til "
                    + orUnknownBody(names.body(e.targetBodyId()));
            details.add("Bemærkning", e.note());
        } else if (event instanceof MeetingClosed) {
            what = "Mødet blev afsluttet";
        } else if (event instanceof MinutesCirculated) {
            what = "Referatet blev sendt ud til kommentering";
        } else if (event instanceof MinutesApproved e) {
            what = "Referatet blev godkendt";
            if (e.approvedBy() != null) {
                details.add("Godkendt af", person(e.approvedBy()));
            }
        } else if (event instanceof MinutesCorrected e) {
            what = e.itemId() == null ? "Referatet blev rettet" : "Referatet af punktet " + item(e.itemId()) + " blev rettet";
            details.add("Rettelse", e.text());
            details.add("Begrundelse", e.reason());
        } else if (event instanceof ReferredCaseAccepted e) {
            what = "En sag henvist fra " + orUnknownBody(names.body(e.fromBodyId()))
                    + " blev taget på dagsordenen som punktet " + item(e.itemId());
        } else if (event instanceof BodyEstablished e) {
            what = "Organet " + quoted(e.name(), HistoryWords.UNKNOWN_BODY) + " blev oprettet";
            details.add("Type", HistoryWords.kind(e.kind()));
            details.add("Partnerskab", e.organisation());
            if (e.parentId() != null) {
                details.add("Hører under", orUnknownBody(names.body(e.parentId())));
            }
            details.add("Kommissorium", e.mandate());
            details.add("Møder om året", e.meetingsPerYear() == null ? null : e.meetingsPerYear().toString());
            details.add("Beslutningsdygtigt med", e.quorum() == null ? null : e.quorum() + " stemmeberettigede");
            details.add("Fra", HistoryWords.date(e.establishedOn()));
        } else if (event instanceof BodyRelationDeclared e) {
            what = "Organet " + HistoryWords.relation(e.relation()) + " " + orUnknownBody(names.body(e.targetBodyId()));
        } else if (event instanceof MemberAppointed e) {
            what = person(e.personId()) + " blev udpeget som " + HistoryWords.role(e.role()) + " fra "
                    + orDash(HistoryWords.date(e.from()));
            details.add("Repræsenterer", e.representing());
        } else if (event instanceof MemberRoleChanged e) {
            what = person(e.personId()) + " fik rollen " + HistoryWords.role(e.role()) + " fra "
                    + orDash(HistoryWords.date(e.from()));
        } else if (event instanceof MembershipEnded e) {
            what = "Medlemskabet for " + person(e.personId()) + " sluttede " + orDash(HistoryWords.date(e.to()));
            details.add("Begrundelse", e.reason());
        } else if (event instanceof BodyDissolved e) {
            what = "Organet blev nedlagt " + orDash(HistoryWords.date(e.on()));
            details.add("Begrundelse", e.reason());
        } else if (event instanceof PersonRegistered e) {
            what = "Personen blev registreret";
            details.add("Navn", e.name());
            details.add("Organisation", e.organisation());
        } else if (event instanceof PersonDetailsChanged e) {
            what = "Personens oplysninger blev ændret";
            PersonDetailsChanged before = personDetails.get(e.personId());
            List<String> changed = new ArrayList<>();
            if (before == null || !Objects.equals(before.name(), e.name())) {
                changed.add("navn");
                details.add("Navn", e.name());
            }
            if (before == null || !Objects.equals(before.organisation(), e.organisation())) {
                changed.add("organisation");
                details.add("Organisation", e.organisation());
            }
            // contact details are personal data an evaluator need not read: only that they changed
            if (before == null || !Objects.equals(before.email(), e.email())) {
                changed.add("e-mail");
            }
            if (before == null || !Objects.equals(before.phone(), e.phone())) {
                changed.add("telefon");
            }
            details.addFirst("Ændret", changed.isEmpty() ? "intet" : String.join(", ", changed));
        } else {
            what = "Hændelsen " + (event == null ? "(ukendt)" : event.getClass().getSimpleName()) + " blev registreret";
        }
        return new Description(what, details.lines);
    }

    private void learn(Object event) {
        if (event instanceof MeetingScheduled e) {
            meetingBody = e.bodyId();
            meetingStart = e.start();
        } else if (event instanceof MeetingRescheduled e) {
            meetingStart = e.start();
        } else if (event instanceof AgendaItemAdded e) {
            itemTitles.put(e.itemId(), e.title());
            presenters.put(e.itemId(), e.presenterId());
        } else if (event instanceof AgendaItemPresenterChanged e) {
            presenters.put(e.itemId(), e.presenterId());
        } else if (event instanceof AgendaItemAmended e && hasText(e.title())) {
            itemTitles.put(e.itemId(), e.title());
        } else if (event instanceof DecisionRecorded e) {
            decisionTexts.put(e.decisionId(), e.text());
        } else if (event instanceof BodyEstablished e) {
            bodyNames.put(e.bodyId(), e.name());
        } else if (event instanceof PersonRegistered e) {
            personDetails.put(e.personId(),
                    new PersonDetailsChanged(e.personId(), e.name(), e.email(), e.phone(), e.organisation()));
        } else if (event instanceof PersonDetailsChanged e) {
            personDetails.put(e.personId(), e);
        }
    }

    private String item(AgendaItemId itemId) {
        return quoted(itemTitles.get(itemId), UNKNOWN_ITEM);
    }

    private String titleOf(AgendaItemId itemId) {
        String title = itemTitles.get(itemId);
        return hasText(title) ? title : UNKNOWN_ITEM;
    }

    private String decision(DecisionId decisionId) {
        return quoted(decisionTexts.get(decisionId), UNKNOWN_DECISION);
    }

    private String person(PersonId personId) {
        return orUnknownPerson(names.person(personId));
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }

    /** "5 for, 1 imod, 2 undlod at stemme"; null when no vote was taken. */
    static String votes(DecisionRecorded decision) {
        List<String> parts = new ArrayList<>();
        if (decision.votesFor() != null) {
            parts.add(decision.votesFor() + " for");
        }
        if (decision.votesAgainst() != null) {
            parts.add(decision.votesAgainst() + " imod");
        }
        if (decision.abstentions() != null) {
            parts.add(decision.abstentions() + " undlod at stemme");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Detail lines "Label: value"; a line without a value is left out. */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();

        void add(String label, String value) {
            if (hasText(value)) {
                lines.add(label + ": " + value);
            }
        }

        void add(String line) {
            lines.add(line);
        }

        void addFirst(String label, String value) {
            lines.add(0, label + ": " + value);
        }
    }
}
