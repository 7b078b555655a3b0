package dk.protokol.query.documents;

import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A VTIMEZONE for a zone, made from the Java runtime's time-zone rules: one STANDARD and one DAYLIGHT
 * observance with the yearly rules now in force (for Denmark: summer time from the last Sunday of March
 * to the last Sunday of October, as since 1996), starting in the first year they describe, the compact
 * form calendar programs write themselves. Earlier history is left out: no meeting in a minute book
 * predates it.
 * <p>
 * ical4j's own registry is not used: its bundled definition of Europe/Copenhagen is the tz database's
 * link target and carries {@code TZID:Europe/Berlin}, while the events must say
 * {@code TZID=Europe/Copenhagen}; and the registry may be configured to fetch updates over the network,
 * which this system never does.
 */
final class VTimeZones {

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final int EPOCH_YEAR = 1970;

    private VTimeZones() {
    }

    static VTimeZone of(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            timeZone.add(fixed(zone, rules));
            return timeZone;
        }
        int firstYear = firstYearOfRules(rules, yearly);
        for (ZoneOffsetTransitionRule rule : yearly) {
            timeZone.add(observance(zone, rule, firstYear));
        }
        return timeZone;
    }

    /**
     * The first year from which the yearly rules describe every change: going back from the last change
     * the runtime lists one by one, as long as that year's changes are exactly what the rules give.
     */
    private static int firstYearOfRules(ZoneRules rules, List<ZoneOffsetTransitionRule> yearly) {
        List<ZoneOffsetTransition> listed = rules.getTransitions();
        if (listed.isEmpty()) {
            return EPOCH_YEAR;
        }
        int year = listed.get(listed.size() - 1).getDateTimeBefore().getYear() + 1;
        while (year > EPOCH_YEAR && listedIn(listed, year - 1).equals(ruled(yearly, year - 1))) {
            year--;
        }
        return year;
    }

    private static Set<ZoneOffsetTransition> listedIn(List<ZoneOffsetTransition> listed, int year) {
        Set<ZoneOffsetTransition> inYear = new HashSet<>();
        for (ZoneOffsetTransition transition : listed) {
            if (transition.getDateTimeBefore().getYear() == year) {
                inYear.add(transition);
            }
        }
        return inYear;
    }

    private static Set<ZoneOffsetTransition> ruled(List<ZoneOffsetTransitionRule> yearly, int year) {
        Set<ZoneOffsetTransition> inYear = new HashSet<>();
        for (ZoneOffsetTransitionRule rule : yearly) {
            inYear.add(rule.createTransition(year));
        }
        return inYear;
    }

    private static Observance observance(ZoneId zone, ZoneOffsetTransitionRule rule, int year) {
        ZoneOffsetTransition first = rule.createTransition(year);
        Observance observance = rule.getOffsetAfter().equals(rule.getStandardOffset()) ? new Standard() : new Daylight();
        observance.add(new TzName(ZONE_NAME.format(first.getInstant().atZone(zone))));
        observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
        observance.add(new TzOffsetTo(rule.getOffsetAfter()));
        // The observance's DTSTART is the wall-clock time of the change in the offset before it.
        observance.add(new DtStart<>(first.getDateTimeBefore()));
        observance.add(new RRule<>(recurrence(rule)));
        return observance;
    }

    private static Observance fixed(ZoneId zone, ZoneRules rules) {
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        ZoneOffset offset = transitions.isEmpty() ? rules.getOffset(Instant.EPOCH)
                : transitions.get(transitions.size() - 1).getOffsetAfter();
        Standard standard = new Standard();
        standard.add(new TzName(ZONE_NAME.format(Instant.EPOCH.atZone(zone))));
        standard.add(new TzOffsetFrom(offset));
        standard.add(new TzOffsetTo(offset));
        standard.add(new DtStart<>(LocalDateTime.of(EPOCH_YEAR, 1, 1, 0, 0)));
        return standard;
    }

    /** The RRULE of a yearly change, e.g. "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU". */
    static String recurrence(ZoneOffsetTransitionRule rule) {
        Month month = rule.getMonth();
        int indicator = rule.getDayOfMonthIndicator();
        DayOfWeek dayOfWeek = rule.getDayOfWeek();
        String base = "FREQ=YEARLY;BYMONTH=" + month.getValue();
        if (dayOfWeek == null) {
            // A fixed day; iCalendar counts negative month days from the end, as java.time does.
            return base + ";BYMONTHDAY=" + indicator;
        }
        String day = dayOfWeek.name().substring(0, 2);
        if (indicator > 0) {
            if ((indicator - 1) % 7 == 0) {
                return base + ";BYDAY=" + ((indicator - 1) / 7 + 1) + day;
            }
            if (month.minLength() == month.maxLength() && indicator == month.minLength() - 6) {
                return base + ";BYDAY=-1" + day;
            }
            return base + ";BYDAY=" + day + ";BYMONTHDAY=" + days(indicator, indicator + 6);
        }
        if ((-indicator - 1) % 7 == 0) {
            return base + ";BYDAY=-" + ((-indicator - 1) / 7 + 1) + day;
        }
        return base + ";BYDAY=" + day + ";BYMONTHDAY=" + days(indicator - 6, indicator);
    }

    private static String days(int from, int to) {
        List<String> days = new ArrayList<>();
        for (int day = from; day <= to; day++) {
            days.add(Integer.toString(day));
        }
        return String.join(",", days);
    }
}
