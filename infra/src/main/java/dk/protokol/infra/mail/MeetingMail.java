package dk.protokol.infra.mail;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the meeting mails tell: the body (the bodies of a joint meeting, joined), when and where (local Danish time),
 * the agenda's numbered items and the link to the meeting's page. {@code cancelledReason}: why a cancelled meeting
 * was cancelled (may be null).
 */
public record MeetingMail(String bodyName, LocalDateTime start, LocalDateTime expectedEnd, String location,
                          String cancelledReason, List<AgendaLine> agenda, String link, LocalDateTime commentsUntil,
                          boolean tacitApproval) {

    public MeetingMail {
        agenda = List.copyOf(agenda);
    }

    /**
     * A mail without an objection period ({@code commentsUntil}: the last minute members may comment, Copenhagen time;
     * {@code tacitApproval}: silence approves the minutes when it has passed).
     */
    public MeetingMail(String bodyName, LocalDateTime start, LocalDateTime expectedEnd, String location,
                       String cancelledReason, List<AgendaLine> agenda, String link) {
        this(bodyName, start, expectedEnd, location, cancelledReason, agenda, link, null, false);
    }

    /**
     * One item of the agenda as the mail lists it. {@code attachments}: the item's bilag as links ("Bilag 3.1: name"
     * and its address; see {@link MailProcessor#attachmentsOf}).
     */
    public record AgendaLine(int number, String title, List<Attachment> attachments) {

        public AgendaLine {
            attachments = List.copyOf(attachments);
        }
    }

    /** A bilag of an item: its label ("Bilag 3.1: Budgetoversigt.pdf") and the address it is fetched at. */
    public record Attachment(String label, String link) {
    }
}
