package dk.protokol.infra.mail;

import org.springframework.web.util.HtmlUtils;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mails' texts, Danish (the default) or English when the person prefers it, each as plain text and HTML with
 * the same content. Pure: the same input gives the same text (the outbox stores what was rendered when the mail was
 * queued, so the page shows exactly what was sent).
 */
public final class MailTexts {

    private static final Locale DA = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE_DA = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DA);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MailTexts() {
    }

    public static MailText meeting(MailKind kind, boolean english, MeetingMail meeting) {
        Lines lines = new Lines();
        String when = date(meeting.start().toLocalDate(), english);
        String subject;
        switch (kind) {
            case AGENDA -> {
                subject = english ? "Agenda: " + meeting.bodyName() + ", " + when
                        : "Dagsorden: " + meeting.bodyName() + ", " + when;
                lines.paragraph(english ? "The agenda of the meeting of " + meeting.bodyName() + " has been published."
                        : "Dagsordenen til mødet i " + meeting.bodyName() + " er udsendt.");
            }
            case AGENDA_UPDATED -> {
                subject = english ? "Meeting moved: " + meeting.bodyName() + ", " + when
                        : "Mødet er flyttet: " + meeting.bodyName() + ", " + when;
                lines.paragraph(english ? "The meeting of " + meeting.bodyName()
                        + " has been moved. The new time and place:"
                        : "Mødet i " + meeting.bodyName() + " er flyttet. Nyt tidspunkt og sted:");
            }
            case MEETING_CANCELLED -> {
                subject = english ? "Meeting cancelled: " + meeting.bodyName() + ", " + when
                        : "Mødet er aflyst: " + meeting.bodyName() + ", " + when;
                lines.paragraph(english ? "The meeting of " + meeting.bodyName() + " has been cancelled."
                        : "Mødet i " + meeting.bodyName() + " er aflyst.");
                if (hasText(meeting.cancelledReason())) {
                    lines.paragraph((english ? "Reason: " : "Begrundelse: ") + meeting.cancelledReason());
                }
            }
            case MINUTES_CIRCULATED -> {
                subject = english ? "Minutes for comment: " + meeting.bodyName() + ", " + when
                        : "Referat til kommentering: " + meeting.bodyName() + ", " + when;
                lines.paragraph(english ? "The minutes of the meeting of " + meeting.bodyName()
                        + " are out for comment. Please read them and comment on the meeting's page."
                        : "Referatet af mødet i " + meeting.bodyName()
                        + " er sendt til kommentering. Læs det, og kommentér på mødets side.");
                if (meeting.commentsUntil() != null) {
                    String until = (english ? DATE_EN : DATE_DA).format(meeting.commentsUntil())
                            + (english ? " at " : " kl. ") + TIME.format(meeting.commentsUntil());
                    lines.paragraph(english
                            ? "Comments can be made up to and including " + until + "."
                            + (meeting.tacitApproval() ? " Without objections by then, the minutes are approved tacitly." : "")
                            : "Bemærkninger kan gives til og med " + until + "."
                            + (meeting.tacitApproval() ? " Er der ingen indsigelser inden da, er referatet godkendt stiltiende." : ""));
                }
            }
            case MINUTES_APPROVED -> {
                subject = english ? "Minutes approved: " + meeting.bodyName() + ", " + when
                        : "Referatet er godkendt: " + meeting.bodyName() + ", " + when;
                lines.paragraph(english ? "The minutes of the meeting of " + meeting.bodyName() + " have been approved."
                        : "Referatet af mødet i " + meeting.bodyName() + " er godkendt.");
            }
            default -> throw new IllegalArgumentException("Not a meeting mail: " + kind);
        }
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[]{english ? "Date" : "Dato", when});
        facts.add(new String[]{english ? "Time" : "Tid", times(meeting, english)});
        if (hasText(meeting.location())) {
            facts.add(new String[]{english ? "Place" : "Sted", meeting.location()});
        }
        lines.facts(facts);
        if ((kind == MailKind.AGENDA || kind == MailKind.AGENDA_UPDATED) && !meeting.agenda().isEmpty()) {
            lines.heading(english ? "Agenda" : "Dagsorden");
            lines.agenda(meeting.agenda(), english);
        }
        lines.link(english ? "The meeting's page" : "Mødets side", meeting.link());
        if (kind == MailKind.AGENDA || kind == MailKind.AGENDA_UPDATED) {
            lines.paragraph(english ? "The invitation for your calendar is attached (meeting.ics)."
                    : "Invitationen til din kalender er vedhæftet (moede.ics).");
        }
        lines.paragraph(english ? "This mail was sent by Protokol." : "Denne mail er sendt af Protokol.");
        return new MailText(subject, lines.text(), lines.html(subject));
    }

    public static MailText reminder(MailKind kind, boolean english, ActionMail action) {
        String due = date(action.dueDate(), english);
        String subject;
        Lines lines = new Lines();
        if (kind == MailKind.ACTION_OVERDUE) {
            subject = english ? "Action overdue: " + action.description() : "Handling overskredet: " + action.description();
            lines.paragraph(english ? "An action you own was due " + due + " and is still open."
                    : "En handling, du er ansvarlig for, skulle være udført " + due + " og er stadig åben.");
        } else if (kind == MailKind.ACTION_DUE) {
            subject = english ? "Action due " + due + ": " + action.description()
                    : "Handling forfalder " + due + ": " + action.description();
            lines.paragraph(english ? "An action you own is due " + due + "."
                    : "En handling, du er ansvarlig for, skal være udført " + due + ".");
        } else {
            throw new IllegalArgumentException("Not a reminder: " + kind);
        }
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[]{english ? "Action" : "Handling", action.description()});
        if (hasText(action.bodyName())) {
            facts.add(new String[]{english ? "Body" : "Organ", action.bodyName()});
        }
        facts.add(new String[]{english ? "Due" : "Frist", due});
        lines.facts(facts);
        lines.link(english ? "Your actions" : "Dine handlinger", action.link());
        lines.paragraph(english ? "Report progress or mark the action done on the page. This mail was sent by Protokol."
                : "Meld status, eller markér handlingen som udført på siden. Denne mail er sendt af Protokol.");
        return new MailText(subject, lines.text(), lines.html(subject));
    }

    static String date(LocalDate date, boolean english) {
        return english ? date.format(DATE_EN) : date.format(DATE_DA);
    }

    private static String times(MeetingMail meeting, boolean english) {
        String from = meeting.start().format(TIME);
        LocalDateTime end = meeting.expectedEnd();
        if (end == null || !end.isAfter(meeting.start())) {
            return from;
        }
        return from + "–" + end.format(TIME);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** The text and the HTML built side by side, so that the two say the same. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html = new StringBuilder();

        void paragraph(String line) {
            text.append(line).append("\n\n");
            html.append("<p>").append(escape(line)).append("</p>\n");
        }

        void heading(String line) {
            text.append(line).append('\n').append("-".repeat(line.length())).append('\n');
            html.append("<h2>").append(escape(line)).append("</h2>\n");
        }

        void facts(List<String[]> facts) {
            html.append("<table>\n");
            for (String[] fact : facts) {
                text.append(fact[0]).append(": ").append(fact[1]).append('\n');
                html.append("<tr><th scope=\"row\" style=\"text-align:left;padding-right:1em\">")
                        .append(escape(fact[0])).append("</th><td>").append(escape(fact[1])).append("</td></tr>\n");
            }
            text.append('\n');
            html.append("</table>\n");
        }

        void agenda(List<MeetingMail.AgendaLine> agenda, boolean english) {
            html.append("<ol>\n");
            for (MeetingMail.AgendaLine item : agenda) {
                text.append(item.number()).append(". ").append(item.title()).append('\n');
                html.append("<li value=\"").append(item.number()).append("\">").append(escape(item.title()));
                // the bilag of the item, as links (issue 14, item 1)
                if (!item.attachments().isEmpty()) {
                    html.append("<ul>");
                    for (MeetingMail.Attachment attachment : item.attachments()) {
                        text.append("   ").append(attachment.label()).append(": ").append(attachment.link())
                                .append('\n');
                        html.append("<li><a href=\"").append(escape(attachment.link())).append("\">")
                                .append(escape(attachment.label())).append("</a></li>");
                    }
                    html.append("</ul>");
                }
                html.append("</li>\n");
            }
            text.append('\n');
            html.append("</ol>\n");
        }

        void link(String label, String url) {
            text.append(label).append(": ").append(url).append("\n\n");
            html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(label)).append("</a></p>\n");
        }

        String text() {
            return text.toString().stripTrailing() + "\n";
        }

        String html(String title) {
            return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title)
                    + "</title></head>\n<body>\n" + html + "</body></html>\n";
        }

        private static String escape(String value) {
            return HtmlUtils.htmlEscape(value, "UTF-8");
        }
    }
}
