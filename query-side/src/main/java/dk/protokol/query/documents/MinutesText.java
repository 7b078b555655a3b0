package dk.protokol.query.documents;

import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.events.words.Words;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentences of the minutes as a document, shared by the Markdown and the PDF (its template calls these methods
 * as {@code text.…}): names, attendance lines, votes, the status line, the follow-up. The minutes are written in
 * Danish; the enums' words and the dates ("torsdag den 3. december 2026", "kl. 14.00") are the shared
 * {@link Words#DANISH}. Everything here is plain text; each renderer escapes it for its own format.
 */
public final class MinutesText {

    // The members are public only for the PDF's template, which reaches them through SpEL; the class is the
    // documents package's own.

    static final Words WORDS = Words.DANISH;
    static final Locale DANISH = WORDS.locale();
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    // The headings and labels of the minutes as a document, the same in the Markdown and the PDF.
    public static final String ORGANISATION = "Organisation";
    public static final String MEETING_DATE = "Mødedato";
    public static final String PLACE = "Mødested";
    public static final String START = "Mødetidspunkt";
    public static final String EXPECTED_END = "Forventet sluttidspunkt";
    public static final String PRESENT = "Deltagere";
    public static final String APOLOGIES = "Afbud";
    public static final String ABSENT = "Fraværende";
    public static final String GUESTS = "Gæster";
    public static final String MINUTE_TAKER = "Referent";
    public static final String CHAIR_OF_THE_DAY = "Mødeleder";
    public static final String MEETING_KIND = "Mødetype";
    public static final String JOINT_WITH = "Fællesmøde med";
    public static final String PRESENT_BY_BODY = "Fremmøde pr. organ";
    public static final String STATUS = "Status";
    public static final String APPROVED_HERE = "Referater godkendt på mødet";
    public static final String AGENDA = "Dagsorden";
    public static final String NO_ITEMS = "Ingen punkter.";
    public static final String WITHDRAWN = "Udgået";
    public static final String PRESENTER = "Oplæg ved";
    public static final String BACKGROUND = "Sagsfremstilling";
    public static final String NOTES = "Referat";
    public static final String RECOMMENDATION = "Indstilling";
    public static final String DECISION = "Beslutning";
    public static final String REFERRAL = "Henvisning";
    public static final String REFERRED_TO = "Henvist til";
    public static final String CONFLICTS = "Inhabilitet";
    public static final String ATTACHMENTS = "Bilag";
    public static final String CORRECTIONS = "Rettelser";
    public static final String GENERAL_CORRECTIONS = "Rettelser til referatet";
    public static final String VOTES = "Afstemning";
    public static final String REMARKS = "Protokolbemærkninger";

    public static final String NONE = "Ingen";
    public static final String NOT_GIVEN = "Ikke angivet";
    public static final String UNKNOWN_PERSON = "(ukendt person)";
    public static final String UNKNOWN_BODY = "(ukendt organ)";

    private MinutesText() {
    }

    /** "torsdag den 3. december 2026". */
    public static String longDate(LocalDateTime time) {
        return time == null ? NOT_GIVEN : WORDS.longDate(time);
    }

    /** "3. december 2026". */
    public static String date(LocalDate date) {
        return date == null ? NOT_GIVEN : WORDS.date(date);
    }

    /** "kl. 14.00". */
    public static String time(LocalDateTime time) {
        return time == null ? NOT_GIVEN : WORDS.time(time);
    }

    /** An instant of recording as a Dane reads it: "5. januar 2027 kl. 16.30" (Copenhagen time). */
    public static String instant(Instant instant) {
        return instant == null ? NOT_GIVEN : WORDS.dateTime(instant.atZone(COPENHAGEN));
    }

    public static String orNotGiven(String text) {
        return text == null || text.isBlank() ? NOT_GIVEN : text;
    }

    /** The meeting's kind ("workshop"), or null for an ordinary meeting (the line is then left out). */
    public static String meetingKind(MinutesView minutes) {
        return minutes.kind() == null || minutes.kind() == MeetingKind.ORDINARY ? null : WORDS.label(minutes.kind());
    }

    /** The bodies holding the meeting with the one that called it ("FKU, BPS"), or null for a meeting of one body. */
    public static String jointWith(MinutesView minutes) {
        if (!minutes.joint()) {
            return null;
        }
        return String.join(", ", minutes.bodies().stream().filter(body -> !body.calledTheMeeting())
                .map(body -> bodyName(body.name())).toList());
    }

    /**
     * At a fællesmøde, each body's voting members present and its quorum ("BPS: 4 stemmeberettigede til stede,
     * beslutningsdygtigt ved 3; FKU: 2 stemmeberettigede til stede"), or null for a meeting of one body.
     */
    public static String presentByBody(MinutesView minutes) {
        if (!minutes.joint()) {
            return null;
        }
        return String.join("; ", minutes.bodies().stream().map(body -> bodyName(body.name()) + ": "
                + body.votingMembersPresent() + " stemmeberettigede til stede"
                + (body.quorum() == null ? "" : ", beslutningsdygtigt ved " + body.quorum())).toList());
    }

    /** The chair for the day's name, or null when none was chosen (the line is then left out). */
    public static String chairOfTheDay(MinutesView minutes) {
        return minutes.chairOfTheDay() == null ? null : name(minutes.chairOfTheDay());
    }

    public static String name(PersonRef person) {
        return person == null || person.name() == null || person.name().isBlank() ? UNKNOWN_PERSON : person.name();
    }

    public static String bodyName(String name) {
        return name == null || name.isBlank() ? UNKNOWN_BODY : name;
    }

    public static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** "Referat: Boligpolitisk Styregruppe". */
    public static String title(MinutesView minutes) {
        return "Referat: " + bodyName(minutes.bodyName());
    }

    /** "Referat af møde i Boligpolitisk Styregruppe torsdag den 3. december 2026", the document's subject. */
    public static String subject(MinutesView minutes) {
        return "Referat af møde i " + bodyName(minutes.bodyName()) + " " + longDate(minutes.start());
    }

    /** Who wrote the minutes: the referent, or the body when none is named. */
    public static String author(MinutesView minutes) {
        return minutes.referent() == null ? bodyName(minutes.bodyName()) : name(minutes.referent());
    }

    /** The referent's name, "Ikke angivet" when none is named. */
    public static String referent(MinutesView minutes) {
        return minutes.referent() == null ? NOT_GIVEN : name(minutes.referent());
    }

    /** The minutes approved at this meeting, one line each: "Boligpolitisk Styregruppe 10. september 2026". */
    public static List<String> approvedHere(MinutesView minutes) {
        return minutes.minutesApprovedHere().stream()
                .map(link -> bodyName(link.bodyName())
                        + (link.start() == null ? "" : " " + date(link.start().toLocalDate())))
                .toList();
    }

    /** The corrections to the minutes as a whole, not to one item. */
    public static List<MinutesView.Correction> generalCorrections(MinutesView minutes) {
        return minutes.corrections().stream().filter(correction -> correction.itemId() == null).toList();
    }

    /** Typed text as its paragraphs (split at blank lines), each stripped; none for blank text. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(PARAGRAPH_BREAK.split(normalisedLines(text).strip()));
    }

    /** Typed text as its lines, the whole stripped; none for null. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : List.of(normalisedLines(text).strip().split("\n", -1));
    }

    private static String normalisedLines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * One attendance line: "Hanne Holm (Domea), suppleant for Jens Berg, til stede fra punkt 2 til punkt 4
     * – note".
     */
    public static String attendee(Attendee attendee) {
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

    public static List<String> attendees(List<Attendee> attendees) {
        return attendees.stream().map(MinutesText::attendee).toList();
    }

    /** "5 for, 1 imod, 2 undlod at stemme"; null when no vote was taken. */
    public static String votes(Votes votes) {
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

    public static final String LATE_ENTRY = "Beslutningen er indført i referatet efter mødets afslutning.";

    /** "Til beslutning" etc., an item's kind on a line of its own; null when it has none. */
    public static String kind(MinutesView.Item item) {
        return capitalised(WORDS.label(item.kind()));
    }

    /** "Vedtaget" etc., a decision's outcome on a line of its own; null when it has none. */
    public static String outcome(MinutesView.Decision decision) {
        return capitalised(WORDS.label(decision.outcome()));
    }

    /** A word capitalised for a line of its own. */
    public static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : text.substring(0, 1).toUpperCase(DANISH) + text.substring(1);
    }

    /**
     * Where the minutes stand, e.g. "Godkendt af formand Mette Juhl den 5. januar 2027 kl. 16.30 under mødet i
     * Boligpolitisk Styregruppe den 5. januar 2027" or "Mødet er aflyst: ...".
     */
    public static String status(MinutesView minutes) {
        if (minutes.status() == null) {
            return NOT_GIVEN;
        }
        return switch (minutes.status()) {
            case MINUTES_APPROVED -> {
                StringBuilder line = new StringBuilder("Godkendt");
                if (minutes.tacitlyApproved()) {
                    line.append(" stiltiende (ingen indsigelser inden for fristen på ")
                            .append(minutes.commentRound().objectionDays()).append(" dage)");
                }
                if (minutes.approvedBy() != null) {
                    line.append(" af formand ").append(name(minutes.approvedBy()));
                }
                if (minutes.approvedAt() != null) {
                    line.append(" den ").append(instant(minutes.approvedAt()));
                }
                if (minutes.approvedAtMeeting() != null) {
                    line.append(" under mødet i ").append(bodyName(minutes.approvedAtMeeting().bodyName()));
                    if (minutes.approvedAtMeeting().start() != null) {
                        line.append(" den ").append(WORDS.date(minutes.approvedAtMeeting().start()));
                    }
                }
                yield line.toString();
            }
            case CANCELLED -> "Mødet er aflyst" + (hasText(minutes.cancelledReason())
                    ? ": " + minutes.cancelledReason() : "");
            default -> capitalised(WORDS.label(minutes.status()));
        };
    }

    /** "Referatet som det forelå 3. december 2026 kl. 18.00"; null for the live minutes. */
    public static String asOf(MinutesView minutes) {
        return minutes.asOf() == null ? null : "Referatet som det forelå " + instant(minutes.asOf());
    }

    /** A withdrawn item's note: "Punktet er udgået af dagsordenen: reason". */
    public static String withdrawn(MinutesView.Item item) {
        return "Punktet er udgået af dagsordenen" + (hasText(item.withdrawnReason()) ? ": " + item.withdrawnReason() : ".");
    }

    /**
     * One line of an item's bilag list: "Bilag 3.1: Budget 2027.pdf (12,4 kB, SHA-256 1a2b3c4d5e6f)", with
     * " – trukket tilbage: <reason>" for a withdrawn one (it keeps its number).
     */
    public static String attachment(MinutesView.Attachment attachment) {
        return attachment.label() + ": " + attachment.fileName() + " (" + attachment.sizeLabel() + ", SHA-256 "
                + attachment.sha256Short() + ")" + (attachment.withdrawn() ? " – trukket tilbage"
                + (hasText(attachment.withdrawnReason()) ? ": " + attachment.withdrawnReason() : "") : "");
    }

    /** "Sagen er henvist fra Forum for Koordination og Udvikling"; null when the item was not referred here. */
    public static String referredFrom(MinutesView.Item item) {
        return item.referredFrom() == null ? null
                : "Sagen er henvist fra " + bodyName(item.referredFrom().fromBodyName());
    }

    /** "Rettelse 5. januar 2027 kl. 16.30 ved Lise Dahl". */
    public static String correctionHeading(MinutesView.Correction correction) {
        StringBuilder line = new StringBuilder("Rettelse");
        if (correction.recordedAt() != null) {
            line.append(' ').append(instant(correction.recordedAt()));
        }
        if (correction.recordedBy() != null) {
            line.append(" ved ").append(name(correction.recordedBy()));
        }
        return line.toString();
    }

    /** An agenda item's own title, "(uden titel)" when it has none. */
    public static String heading(MinutesView.Item item) {
        return item.title() == null || item.title().isBlank() ? "(uden titel)" : item.title();
    }

    /** The title of an agenda item in the agenda list, e.g. "Budget 2027 (til beslutning)". */
    public static String itemTitle(MinutesView.Item item) {
        String title = heading(item);
        return item.kind() == null ? title : title + " (" + WORDS.label(item.kind()) + ")";
    }

    public static final String FOLLOW_UP = "Opfølgning";
    public static final String NO_FOLLOW_UP = "Ingen åbne handlinger fra tidligere møder.";
    public static final String NO_PROGRESS = "Ingen status meldt.";

    /**
     * Where the follow-up section stands: right after the first standing item (the standing item the
     * follow-up belongs to, usually "Godkendelse af dagsorden og referat"); null when the agenda has no
     * standing item, and the section then follows the agenda list. Absent altogether (see
     * {@link #showsFollowUp}) for a cancelled meeting with nothing to follow up.
     */
    public static MinutesView.Item followUpAfter(MinutesView minutes) {
        return minutes.agenda().stream()
                .filter(item -> item.standing() && !item.withdrawn() && item.number() != null)
                .findFirst().orElse(null);
    }

    public static boolean showsFollowUp(MinutesView minutes) {
        return !minutes.followUp().isEmpty() || minutes.status() != MeetingStatus.CANCELLED;
    }

    /** "Opfølgning på tidligere beslutninger: åbne handlinger fra tidligere møder pr. 3. december 2026." */
    public static String followUpLead(MinutesView minutes) {
        return "Opfølgning på tidligere beslutninger: åbne handlinger fra tidligere møder pr. "
                + (minutes.start() == null ? "mødedagen" : date(minutes.start().toLocalDate())) + ".";
    }

    /** "frist 30. april 2024" or "frist 30. april 2024 (overskredet)". */
    public static String followUpDue(FollowUp entry) {
        return "frist " + date(entry.dueDate()) + (entry.overdue() ? " (overskredet)" : "");
    }

    /** "Aftalt på mødet 10. marts 2024 under punktet Budget 2025"; null when the origin is unknown. */
    public static String agreedAt(FollowUp entry) {
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
    public static String progressLabel(FollowUp.Progress progress, boolean atThisMeeting) {
        if (atThisMeeting) {
            return "Status på mødet";
        }
        return "Seneste status" + (progress.recordedAt() == null ? ""
                : " " + WORDS.date(progress.recordedAt().atZone(COPENHAGEN)));
    }

    /**
     * The progress lines of one entry, label and note: the latest status known at the meeting unless it was
     * itself reported at the meeting, then each status reported at the meeting.
     */
    public static List<ProgressLine> progressLines(FollowUp entry) {
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
    public record ProgressLine(String label, String note) {
    }

    /**
     * A file name part made of ASCII letters, digits and hyphens: "Boligpolitisk Styregruppe" becomes
     * "boligpolitisk-styregruppe", "Øster Å" becomes "oester-aa".
     */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String danish = text.toLowerCase(DANISH).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String ascii = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
