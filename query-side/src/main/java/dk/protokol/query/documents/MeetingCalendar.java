package dk.protokol.query.documents;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static dk.protokol.query.documents.MinutesText.COPENHAGEN;
import static dk.protokol.query.documents.MinutesText.hasText;

/**
 * Meetings as an iCalendar (RFC 5545) document for calendar programs: one VEVENT a meeting, local
 * Danish times with {@code TZID=Europe/Copenhagen} and its VTIMEZONE, a UID that stays the same for a
 * meeting however often it is fetched or moved ({@code <meetingId>@protokol}), {@code STATUS:CANCELLED}
 * for a cancelled meeting, and the agenda in the description. Built and folded by ical4j.
 */
@Component
public class MeetingCalendar {

    static final String PRODUCT = "-//Protokol//Protokol mødekalender//DA";
    static final String UID_DOMAIN = "@protokol";

    private final Clock clock;

    public MeetingCalendar(Clock clock) {
        this.clock = clock;
    }

    /** The calendar of one meeting. */
    public String render(CalendarEntry meeting) {
        return render(null, List.of(meeting));
    }

    /** A calendar of several meetings, e.g. all of a body's; {@code name} names the calendar (may be null). */
    public String render(String name, List<CalendarEntry> meetings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (hasText(name)) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        calendar.add(new XProperty("X-WR-TIMEZONE", COPENHAGEN.getId()));
        calendar.add(VTimeZones.of(COPENHAGEN));
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (CalendarEntry meeting : meetings) {
            if (meeting.start() != null) {
                calendar.add(event(meeting, stamp));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What a mailed invitation asks of the recipient's calendar (RFC 5546). */
    public enum Method {
        /** Put the meeting in (or update it, by its UID and a higher SEQUENCE). */
        REQUEST,
        /** Take the meeting out. */
        CANCEL
    }

    /**
     * The invitation mailed with the agenda (iTIP, RFC 5546): {@code METHOD:REQUEST} or {@code METHOD:CANCEL}, the
     * meeting's stable UID, and {@code sequence}, which must grow with every update of the same meeting (a calendar
     * program ignores an update whose SEQUENCE is not higher than the one it holds). {@code organizer} and
     * {@code attendee} are e-mail addresses (the organizer: the mail's sender).
     */
    public String invitation(CalendarEntry meeting, Method method, int sequence, String organizer, String attendee) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new net.fortuna.ical4j.model.property.Method(method.name()));
        calendar.add(VTimeZones.of(COPENHAGEN));
        CalendarEntry entry = method == Method.CANCEL && !meeting.cancelled()
                ? new CalendarEntry(meeting.meetingId(), meeting.bodyName(), meeting.start(), meeting.expectedEnd(),
                meeting.location(), true, null, meeting.agenda())
                : meeting;
        VEvent event = event(entry, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        event.add(new Sequence(sequence));
        try {
            if (hasText(organizer)) {
                event.add(new Organizer(URI.create("mailto:" + organizer.strip())));
            }
            if (hasText(attendee)) {
                event.add(new Attendee(URI.create("mailto:" + attendee.strip())));
            }
        } catch (IllegalArgumentException notAnAddress) {
            // an address that is no URI leaves the invitation without it; the mail itself still goes
        }
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(CalendarEntry meeting, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(meeting)));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(meeting.start().atZone(COPENHAGEN)));
        if (meeting.expectedEnd() != null && meeting.expectedEnd().isAfter(meeting.start())) {
            event.add(new DtEnd<>(meeting.expectedEnd().atZone(COPENHAGEN)));
        }
        event.add(new Summary(summary(meeting)));
        if (hasText(meeting.location())) {
            event.add(new Location(clean(meeting.location())));
        }
        String description = description(meeting);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        event.add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    static String uid(CalendarEntry meeting) {
        return meeting.meetingId() + UID_DOMAIN;
    }

    /** "Boligpolitisk Styregruppe møde". */
    static String summary(CalendarEntry meeting) {
        return hasText(meeting.bodyName()) ? clean(meeting.bodyName()) + " møde" : "Møde";
    }

    private static String description(CalendarEntry meeting) {
        List<String> lines = new ArrayList<>();
        if (meeting.cancelled()) {
            lines.add("Mødet er aflyst" + (hasText(meeting.cancelledReason()) ? ": " + clean(meeting.cancelledReason()) : "."));
        }
        if (!meeting.agenda().isEmpty()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add("Dagsorden:");
            meeting.agenda().forEach(title -> lines.add(clean(title)));
        }
        return String.join("\n", lines);
    }

    /** Control characters have no place in a calendar line; ical4j escapes the rest (commas, semicolons, newlines). */
    private static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\n]]", "").strip();
    }
}
