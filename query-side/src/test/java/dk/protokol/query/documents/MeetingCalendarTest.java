package dk.protokol.query.documents;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingCalendarTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private final MeetingCalendar calendar = new MeetingCalendar(CLOCK);

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Instant instant(VEvent event, String property) {
        DateProperty<Temporal> date = (DateProperty<Temporal>) event.getProperty(property).orElseThrow();
        return ZonedDateTime.from(date.getDate()).toInstant();
    }

    private static String tzid(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getParameter(Parameter.TZID)
                .map(Parameter::getValue).orElse(null);
    }

    @Test
    void theMailedInvitationIsARequestWithASequenceAndTheCancellationACancelOfTheSameUid() throws Exception {
        CalendarEntry meeting = CalendarEntry.of(SampleMinutes.approved());
        Calendar request = parse(calendar.invitation(meeting, MeetingCalendar.Method.REQUEST, 0,
                "protokol@eksempel.dk", "medlem@eksempel.dk"));
        assertThat(value(request, Property.METHOD)).isEqualTo("REQUEST");
        VEvent invited = events(request).get(0);
        assertThat(value(invited, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(invited, Property.UID)).isEqualTo(meeting.meetingId() + "@protokol");
        assertThat(value(invited, Property.ORGANIZER)).isEqualTo("mailto:protokol@eksempel.dk");
        assertThat(value(invited, Property.ATTENDEE)).isEqualTo("mailto:medlem@eksempel.dk");
        assertThat(tzid(invited, Property.DTSTART)).isEqualTo("Europe/Copenhagen");
        assertThat(value(invited, Property.STATUS)).isEqualTo("CONFIRMED");

        Calendar cancel = parse(calendar.invitation(meeting, MeetingCalendar.Method.CANCEL, 2,
                "protokol@eksempel.dk", null));
        assertThat(value(cancel, Property.METHOD)).isEqualTo("CANCEL");
        VEvent cancelled = events(cancel).get(0);
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(cancelled, Property.UID)).isEqualTo(value(invited, Property.UID));
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.ATTENDEE)).isNull();
    }

    @Test
    void aDecemberMeetingAtTwoIsOneOClockUtc() throws Exception {
        Calendar parsed = parse(calendar.render(CalendarEntry.of(SampleMinutes.approved())));

        VEvent event = events(parsed).get(0);
        assertThat(events(parsed)).hasSize(1);
        assertThat(tzid(event, Property.DTSTART)).isEqualTo("Europe/Copenhagen");
        assertThat(tzid(event, Property.DTEND)).isEqualTo("Europe/Copenhagen");
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2026-12-03T13:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2026-12-03T15:30:00Z"));
    }

    @Test
    void aJuneMeetingAtTwoIsNoonUtcAndACancelledMeetingIsCancelled() throws Exception {
        Calendar parsed = parse(calendar.render(CalendarEntry.of(SampleMinutes.cancelled())));

        VEvent event = events(parsed).get(0);
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-06-10T12:00:00Z"));
        assertThat(instant(event, Property.DTEND)).isEqualTo(Instant.parse("2027-06-10T14:00:00Z"));
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.DESCRIPTION)).startsWith("Mødet er aflyst: Formanden er syg");
    }

    @Test
    void eventCarriesSummaryLocationAgendaAndStableUid() throws Exception {
        Calendar parsed = parse(calendar.render(CalendarEntry.of(SampleMinutes.approved())));

        VEvent event = events(parsed).get(0);
        assertThat(value(event, Property.UID)).isEqualTo(SampleMinutes.MEETING + "@protokol");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Boligpolitisk Styregruppe møde");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Vejle Rådhus, mødelokale Ådalen");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261123T100000Z");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("""
                Dagsorden:
                1. Godkendelse af dagsorden og referat (til beslutning)
                2. Budget 2027 for Løget & Nørremarken (til beslutning)
                3. Boligsocial strategi *udkast* <b>fed</b> [link](http://x) (til drøftelse)""");
    }

    @Test
    void uidIsTheSameEveryTimeAndInTheBodyCalendar() throws Exception {
        String first = calendar.render(CalendarEntry.of(SampleMinutes.approved()));
        String later = new MeetingCalendar(Clock.offset(CLOCK, java.time.Duration.ofDays(30)))
                .render(CalendarEntry.of(SampleMinutes.approved()));
        Calendar body = parse(calendar.render("Boligpolitisk Styregruppe – møder",
                List.of(CalendarEntry.of(SampleMinutes.approved()), CalendarEntry.of(SampleMinutes.cancelled()))));

        String uid = value(events(parse(first)).get(0), Property.UID);
        assertThat(value(events(parse(later)).get(0), Property.UID)).isEqualTo(uid);
        assertThat(events(body)).extracting(event -> value(event, Property.UID))
                .containsExactly(uid, SampleMinutes.NEXT_MEETING + "@protokol");
        assertThat(value(body, "X-WR-CALNAME")).isEqualTo("Boligpolitisk Styregruppe – møder");
        assertThat(events(body)).extracting(event -> value(event, Property.STATUS))
                .containsExactly("CONFIRMED", "CANCELLED");
    }

    @Test
    void calendarHasOneVTimeZoneForCopenhagen() throws Exception {
        String ics = calendar.render(CalendarEntry.of(SampleMinutes.approved()));
        Calendar parsed = parse(ics);

        List<VTimeZone> zones = parsed.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(value(zones.get(0), Property.TZID)).isEqualTo("Europe/Copenhagen");
        assertThat(ics).contains("VERSION:2.0", "PRODID:-//Protokol//Protokol mødekalender//DA",
                "DTSTART;TZID=Europe/Copenhagen:20261203T140000", "X-WR-TIMEZONE:Europe/Copenhagen");
        assertThat(ics).contains("\r\n");
    }

    @Test
    void copenhagenVTimeZoneAgreesWithTheTzDatabaseAroundEveryChange() throws Exception {
        Calendar parsed = parse(calendar.render(CalendarEntry.of(SampleMinutes.approved())));
        VTimeZone copenhagen = parsed.<VTimeZone>getComponents(Component.VTIMEZONE).get(0);

        assertAgreesWithJava(copenhagen, ZoneId.of("Europe/Copenhagen"), 1996, 2060);
    }

    @Test
    void otherZonesRulesAreTranslatedToo() {
        for (String zone : List.of("Europe/Copenhagen", "America/New_York", "Australia/Sydney", "America/Santiago",
                "Europe/London", "Pacific/Auckland", "Asia/Tokyo")) {
            assertObservancesRecurAsJava(VTimeZones.of(ZoneId.of(zone)), ZoneId.of(zone), 2025, 2060);
        }
        assertThat(VTimeZones.recurrence(ZoneId.of("America/New_York").getRules().getTransitionRules().get(0)))
                .isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
        assertThat(VTimeZones.recurrence(ZoneId.of("Europe/Copenhagen").getRules().getTransitionRules().get(1)))
                .isEqualTo("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    }

    /** The zone rules ical4j derives from the parsed VTIMEZONE give the tz database's offsets. */
    private static void assertAgreesWithJava(VTimeZone vTimeZone, ZoneId zone, int fromYear, int toYear)
            throws Exception {
        ZoneRules ical = new ZoneRulesBuilder().vTimeZone(vTimeZone).build();
        ZoneRules java = zone.getRules();
        Instant from = LocalDateTime.of(fromYear, 1, 1, 0, 0).atZone(zone).toInstant();
        Instant to = LocalDateTime.of(toYear, 1, 1, 0, 0).atZone(zone).toInstant();
        for (Instant change : javaChanges(zone, from, to).keySet()) {
            for (long delta : new long[] {-1, 0, 1, 3600}) {
                Instant at = change.plusSeconds(delta);
                assertThat(ical.getOffset(at)).as("%s at %s", zone, at).isEqualTo(java.getOffset(at));
            }
        }
        for (Instant at = from; at.isBefore(to); at = at.plusSeconds(86_400 * 17)) {
            assertThat(ical.getOffset(at)).as("%s at %s", zone, at).isEqualTo(java.getOffset(at));
        }
    }

    /**
     * Expanding each observance's RRULE from its DTSTART (local time in TZOFFSETFROM) gives exactly the
     * changes of the tz database, each to the observance's TZOFFSETTO. (Checked on the recurrences
     * themselves: ical4j's ZoneRulesBuilder mistranslates "2SU"-style rules for the years after its own
     * expansion, which is a matter of that class, not of the VTIMEZONE.)
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertObservancesRecurAsJava(VTimeZone vTimeZone, ZoneId zone, int fromYear, int toYear) {
        Instant from = LocalDateTime.of(fromYear, 1, 1, 0, 0).atZone(zone).toInstant();
        Instant to = LocalDateTime.of(toYear, 1, 1, 0, 0).atZone(zone).toInstant();
        Map<Instant, ZoneOffset> fromCalendar = new TreeMap<>();
        for (Observance observance : vTimeZone.getObservances()) {
            LocalDateTime start = (LocalDateTime) ((DateProperty) observance.getProperty(Property.DTSTART).orElseThrow())
                    .getDate();
            ZoneOffset before = ((TzOffsetFrom) observance.getProperty(Property.TZOFFSETFROM).orElseThrow()).getOffset();
            ZoneOffset after = ((TzOffsetTo) observance.getProperty(Property.TZOFFSETTO).orElseThrow()).getOffset();
            Optional<Property> rule = observance.getProperty(Property.RRULE);
            if (rule.isEmpty()) {
                continue;
            }
            Recur<LocalDateTime> recur = ((RRule<LocalDateTime>) rule.get()).getRecur();
            for (LocalDateTime onset : recur.getDates(start, LocalDateTime.of(fromYear - 1, 12, 1, 0, 0),
                    LocalDateTime.of(toYear, 1, 31, 0, 0))) {
                Instant at = onset.toInstant(before);
                if (!at.isBefore(from) && at.isBefore(to)) {
                    fromCalendar.put(at, after);
                }
            }
        }
        assertThat(fromCalendar).as(zone.getId()).isEqualTo(javaChanges(zone, from, to));
    }

    private static Map<Instant, ZoneOffset> javaChanges(ZoneId zone, Instant from, Instant to) {
        Map<Instant, ZoneOffset> changes = new TreeMap<>();
        ZoneRules rules = zone.getRules();
        for (var transition = rules.nextTransition(from.minusSeconds(1)); transition != null
                && transition.getInstant().isBefore(to); transition = rules.nextTransition(transition.getInstant())) {
            changes.put(transition.getInstant(), transition.getOffsetAfter());
        }
        return changes;
    }

    @Test
    void textWithCommasSemicolonsAndLineBreaksSurvivesTheRoundTrip() throws Exception {
        var entry = new CalendarEntry(SampleMinutes.MEETING, "Styregruppe; Vejle, Løget", LocalDateTime.of(2027, 3, 28, 9, 0),
                LocalDateTime.of(2027, 3, 28, 11, 0), "Rådhuset, lokale 2; indgang B\u0007",
                false, null, List.of("1. Punkt med, komma; og \\ skråstreg", "2. " + "Langt punkt ".repeat(12)));

        VEvent event = events(parse(calendar.render(entry))).get(0);

        assertThat(value(event, Property.SUMMARY)).isEqualTo("Styregruppe; Vejle, Løget møde");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Rådhuset, lokale 2; indgang B");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Dagsorden:\n1. Punkt med, komma; og \\ skråstreg\n2. "
                + "Langt punkt ".repeat(12).strip());
        // the morning of the spring change: 09:00 is already summer time
        assertThat(instant(event, Property.DTSTART)).isEqualTo(Instant.parse("2027-03-28T07:00:00Z"));
    }
}
