package dk.protokol.query.documents;

import dk.protokol.query.actions.FollowUp;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.minutes.MinutesView.Attendee;
import dk.protokol.query.minutes.MinutesView.Votes;
import dk.protokol.query.organisation.PersonRef;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Danish wording shared by the Markdown and the PDF minutes: dates as a referat writes them
 * ("torsdag den 3. december 2026", "kl. 14.00"), names, attendance lines, votes and the status line.
 * Everything here is plain text; each renderer escapes it for its own format.
 */
final class DanishText {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("'kl.' HH.mm", DANISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH);

    static final String NONE = "Ingen";
    static final String NOT_GIVEN = "Ikke angivet";
    static final String UNKNOWN_PERSON = "(ukendt person)";
    static final String UNKNOWN_BODY = "(ukendt organ)";

    private DanishText() {
    }

    /** "torsdag den 3. december 2026". */
    static String longDate(LocalDateTime time) {
        return time == null ? NOT_GIVEN : LONG_DATE.format(time);
    }

    /** "3. december 2026". */
    static String date(LocalDate date) {
        return date == null ? NOT_GIVEN : DATE.format(date);
    }

    /** "kl. 14.00". */
    static String time(LocalDateTime time) {
        return time == null ? NOT_GIVEN : TIME.format(time);
    }

    /** An instant of recording as a Dane reads it: "5. januar 2027 kl. 16.30" (Copenhagen time). */
    static String instant(Instant instant) {
        return instant == null ? NOT_GIVEN : DATE_TIME.format(instant.atZone(COPENHAGEN));
    }

    static String orNotGiven(String text) {
        return text == null || text.isBlank() ? NOT_GIVEN : text;
    }

    static String name(PersonRef person) {
        return person == null || person.name() == null || person.name().isBlank() ? UNKNOWN_PERSON : person.name();
    }

    static String bodyName(String name) {
        return name == null || name.isBlank() ? UNKNOWN_BODY : name;
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** "Referat: Boligpolitisk Styregruppe". */
    static String title(MinutesView minutes) {
        return "Referat: " + bodyName(minutes.bodyName());
    }

    /**
     * One attendance line: "Hanne Holm (Domea), suppleant for Jens Berg, til stede fra punkt 2 til punkt 4
     * – note".
     */
    static String attendee(Attendee attendee) {
        StringBuilder line = new StringBuilder(attendee.name() == null || attendee.name().isBlank()
                ? UNKNOWN_PERSON : attendee.name());
        if (hasText(attendee.representing())) {
            line.append(" (").append(attendee.representing()).append(')');
        }
        if (attendee.substituteFor() != null) {
            line.append(", suppleant for ").append(name(attendee.substituteFor()));
        }
        if (attendee.fromItem() != null && attendee.toItem() != null) {
            line.append(", til stede fra punkt ").append(attendee.fromItem())
                    .append(" til punkt ").append(attendee.toItem());
        } else if (attendee.fromItem() != null) {
            line.append(", til stede fra punkt ").append(attendee.fromItem());
        } else if (attendee.toItem() != null) {
            line.append(", til stede til og med punkt ").append(attendee.toItem());
        }
        if (hasText(attendee.note())) {
            line.append(" – ").append(attendee.note());
        }
        return line.toString();
    }

    static List<String> attendees(List<Attendee> attendees) {
        return attendees.stream().map(DanishText::attendee).toList();
    }

    /** "5 for, 1 imod, 2 undlod at stemme"; null when no vote was taken. */
    static String votes(Votes votes) {
        if (votes == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (votes.votesFor() != null) {
            parts.add(votes.votesFor() + " for");
        }
        if (votes.votesAgainst() != null) {
            parts.add(votes.votesAgainst() + " imod");
        }
        if (votes.abstentions() != null) {
            parts.add(votes.abstentions() + " undlod at stemme");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    static final String LATE_ENTRY = "Beslutningen er indført i referatet efter mødets afslutning.";

    /** "til beslutning" etc., capitalised for a line of its own. */
    static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : text.substring(0, 1).toUpperCase(DANISH) + text.substring(1);
    }

    /**
     * Where the minutes stand, e.g. "Godkendt af formand Mette Juhl den 5. januar 2027 kl. 16.30 under mødet i
     * Boligpolitisk Styregruppe den 5. januar 2027" or "Mødet er aflyst: ...".
     */
    static String status(MinutesView minutes) {
        if (minutes.status() == null) {
            return NOT_GIVEN;
        }
        return switch (minutes.status()) {
            case MINUTES_APPROVED -> {
                StringBuilder line = new StringBuilder("Godkendt");
                if (minutes.approvedBy() != null) {
                    line.append(" af formand ").append(name(minutes.approvedBy()));
                }
                if (minutes.approvedAt() != null) {
                    line.append(" den ").append(instant(minutes.approvedAt()));
                }
                if (minutes.approvedAtMeeting() != null) {
                    line.append(" under mødet i ").append(bodyName(minutes.approvedAtMeeting().bodyName()));
                    if (minutes.approvedAtMeeting().start() != null) {
                        line.append(" den ").append(DATE.format(minutes.approvedAtMeeting().start()));
                    }
                }
                yield line.toString();
            }
            case CANCELLED -> "Mødet er aflyst" + (hasText(minutes.cancelledReason())
                    ? ": " + minutes.cancelledReason() : "");
            default -> capitalised(minutes.statusLabel() != null ? minutes.statusLabel()
                    : minutes.status().label());
        };
    }

    /** "Referatet som det forelå 3. december 2026 kl. 18.00"; null for the live minutes. */
    static String asOf(MinutesView minutes) {
        return minutes.asOf() == null ? null : "Referatet som det forelå " + instant(minutes.asOf());
    }

    /** A withdrawn item's note: "Punktet er udgået af dagsordenen: reason". */
    static String withdrawn(MinutesView.Item item) {
        return "Punktet er udgået af dagsordenen" + (hasText(item.withdrawnReason()) ? ": " + item.withdrawnReason() : ".");
    }

    /** "Sagen er henvist fra Forum for Koordination og Udvikling"; null when the item was not referred here. */
    static String referredFrom(MinutesView.Item item) {
        return item.referredFrom() == null ? null
                : "Sagen er henvist fra " + bodyName(item.referredFrom().fromBodyName());
    }

    /** "Rettelse 5. januar 2027 kl. 16.30 ved Lise Dahl". */
    static String correctionHeading(MinutesView.Correction correction) {
        StringBuilder line = new StringBuilder("Rettelse");
        if (correction.recordedAt() != null) {
            line.append(' ').append(instant(correction.recordedAt()));
        }
        if (correction.recordedBy() != null) {
            line.append(" ved ").append(name(correction.recordedBy()));
        }
        return line.toString();
    }

    /** The title of an agenda item in the agenda list, e.g. "Budget 2027 (til beslutning)". */
    static String itemTitle(MinutesView.Item item) {
        String title = item.title() == null || item.title().isBlank() ? "(uden titel)" : item.title();
        return hasText(item.kindLabel()) ? title + " (" + item.kindLabel() + ")" : title;
    }

    static final String FOLLOW_UP = "Opfølgning";
    static final String NO_FOLLOW_UP = "Ingen åbne handlinger fra tidligere møder.";
    static final String NO_PROGRESS = "Ingen status meldt.";

    /**
     * Where the follow-up section stands: right after the first standing item (the standing item the
     * follow-up belongs to, usually "Godkendelse af dagsorden og referat"); null when the agenda has no
     * standing item, and the section then follows the agenda list. Absent altogether (see
     * {@link #showsFollowUp}) for a cancelled meeting with nothing to follow up.
     */
    static MinutesView.Item followUpAfter(MinutesView minutes) {
        return minutes.agenda().stream()
                .filter(item -> item.standing() && !item.withdrawn() && item.number() != null)
                .findFirst().orElse(null);
    }

    static boolean showsFollowUp(MinutesView minutes) {
        return !minutes.followUp().isEmpty() || minutes.status() != MeetingStatus.CANCELLED;
    }

    /** "Opfølgning på tidligere beslutninger: åbne handlinger fra tidligere møder pr. 3. december 2026." */
    static String followUpLead(MinutesView minutes) {
        return "Opfølgning på tidligere beslutninger: åbne handlinger fra tidligere møder pr. "
                + (minutes.start() == null ? "mødedagen" : date(minutes.start().toLocalDate())) + ".";
    }

    /** "frist 30. april 2024" or "frist 30. april 2024 (overskredet)". */
    static String followUpDue(FollowUp entry) {
        return "frist " + date(entry.dueDate()) + (entry.overdue() ? " (overskredet)" : "");
    }

    /** "Aftalt på mødet 10. marts 2024 under punktet Budget 2025"; null when the origin is unknown. */
    static String agreedAt(FollowUp entry) {
        if (entry.agreedAt() == null) {
            return null;
        }
        StringBuilder line = new StringBuilder("Aftalt på mødet");
        if (entry.agreedAt().meetingDate() != null) {
            line.append(' ').append(date(entry.agreedAt().meetingDate()));
        }
        if (hasText(entry.itemTitle())) {
            line.append(" under punktet ").append(entry.itemTitle());
        }
        return line.toString();
    }

    /** The label before a progress note: "Seneste status 12. april 2024" or "Status på mødet". */
    static String progressLabel(FollowUp.Progress progress, boolean atThisMeeting) {
        if (atThisMeeting) {
            return "Status på mødet";
        }
        return "Seneste status" + (progress.recordedAt() == null ? ""
                : " " + DATE.format(progress.recordedAt().atZone(COPENHAGEN)));
    }

    /**
     * The progress lines of one entry, label and note: the latest status known at the meeting unless it was
     * itself reported at the meeting, then each status reported at the meeting.
     */
    static List<ProgressLine> progressLines(FollowUp entry) {
        List<ProgressLine> lines = new ArrayList<>();
        if (entry.latestProgress() != null && !entry.progressAtThisMeeting().contains(entry.latestProgress())) {
            lines.add(new ProgressLine(progressLabel(entry.latestProgress(), false), entry.latestProgress().note()));
        }
        for (FollowUp.Progress progress : entry.progressAtThisMeeting()) {
            lines.add(new ProgressLine(progressLabel(progress, true), progress.note()));
        }
        return lines;
    }

    /** A progress note under its label, both plain text. */
    record ProgressLine(String label, String note) {
    }

    /**
     * A file name part made of ASCII letters, digits and hyphens: "Boligpolitisk Styregruppe" becomes
     * "boligpolitisk-styregruppe", "Øster Å" becomes "oester-aa".
     */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String danish = text.toLowerCase(DANISH).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String ascii = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
