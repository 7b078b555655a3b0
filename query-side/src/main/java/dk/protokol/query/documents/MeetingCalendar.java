package dk.protokol.query.documents;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
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
