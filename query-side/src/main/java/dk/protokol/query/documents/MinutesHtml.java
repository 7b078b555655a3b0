package dk.protokol.query.documents;

import dk.protokol.query.actions.FollowUp;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.minutes.MinutesView.Action;
import dk.protokol.query.minutes.MinutesView.Conflict;
import dk.protokol.query.minutes.MinutesView.Correction;
import dk.protokol.query.minutes.MinutesView.Decision;
import dk.protokol.query.minutes.MinutesView.Item;
import dk.protokol.query.minutes.MinutesView.Referral;
import dk.protokol.query.minutes.MinutesView.Remark;

import java.util.List;
import java.util.Objects;

import static dk.protokol.query.documents.DanishText.hasText;
import static dk.protokol.query.documents.Xhtml.lines;
import static dk.protokol.query.documents.Xhtml.paragraphs;
import static dk.protokol.query.documents.Xhtml.text;

/**
 * The minutes as a well-formed XHTML document in the Danish referat layout, the input of the PDF
 * renderer. Every piece of user text passes through {@link Xhtml}; the markup around it is ours.
 */
final class MinutesHtml {

    /** The font family the PDF renderer embeds under this name. */
    static final String FONT_FAMILY = "Liberation Sans";

    private static final String STYLE = """
            @page {
              size: A4;
              margin: 20mm 18mm 22mm 20mm;
              @bottom-left { content: element(footer); }
              @bottom-right { content: "Side " counter(page) " af " counter(pages);
                              font-family: '%1$s'; font-size: 8.5pt; color: #444444; }
            }
            body { font-family: '%1$s'; font-size: 10.5pt; line-height: 1.35; color: #000000; }
            h1 { font-size: 17pt; margin: 0 0 2mm 0; }
            h2 { font-size: 13pt; margin: 7mm 0 1.5mm 0; padding-bottom: 1mm; border-bottom: 0.6pt solid #777777; }
            h3 { font-size: 10.5pt; margin: 3.5mm 0 1mm 0; }
            h4 { font-size: 10pt; font-style: italic; margin: 2mm 0 1mm 0; }
            p { margin: 0 0 1.8mm 0; }
            ul { margin: 0 0 2mm 0; padding-left: 5mm; }
            li { margin-bottom: 0.8mm; }
            table { border-collapse: collapse; width: 100%%; }
            table.header th { text-align: left; vertical-align: top; width: 45mm; padding: 0.8mm 3mm 0.8mm 0; }
            table.header td { vertical-align: top; padding: 0.8mm 0; }
            table.agenda td { vertical-align: top; padding: 0.6mm 0; }
            table.agenda td.number { width: 9mm; }
            table.actions th { text-align: left; border-bottom: 0.6pt solid #777777; padding: 0.8mm 2mm 0.8mm 0; }
            table.actions td { vertical-align: top; padding: 0.8mm 2mm 0.8mm 0; }
            .asof { font-style: italic; margin-bottom: 4mm; }
            .kind { font-style: italic; color: #333333; }
            .withdrawn { text-decoration: line-through; }
            .decision { margin: 0 0 2mm 0; }
            .note { font-style: italic; }
            .correction { border-left: 2pt solid #555555; padding: 0.5mm 0 0.5mm 3mm; margin: 0 0 2mm 0; }
            h1, h2, h3, h4 { page-break-after: avoid; }
            tr, li, .decision p, .correction { page-break-inside: avoid; }
            #footer { position: running(footer); font-size: 8.5pt; color: #444444; }
            """;

    private MinutesHtml() {
    }

    static String render(MinutesView minutes) {
        StringBuilder html = new StringBuilder(8192);
        String title = DanishText.title(minutes);
        html.append("<!DOCTYPE html>\n<html lang=\"da\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n")
                .append("<title>").append(text(title)).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(text(subject(minutes))).append("\"/>\n")
                .append("<meta name=\"description\" content=\"").append(text(subject(minutes))).append("\"/>\n")
                .append("<meta name=\"author\" content=\"").append(text(minutes.referent() == null
                        ? DanishText.bodyName(minutes.bodyName()) : DanishText.name(minutes.referent())))
                .append("\"/>\n")
                .append("<style>\n").append(STYLE.formatted(FONT_FAMILY)).append("</style>\n")
                .append("</head>\n<body>\n");
        html.append("<div id=\"footer\">").append(text(title)).append(", ")
                .append(text(DanishText.longDate(minutes.start()))).append("</div>\n");
        html.append("<h1>").append(text(title)).append("</h1>\n");
        if (DanishText.asOf(minutes) != null) {
            html.append("<p class=\"asof\">").append(text(DanishText.asOf(minutes))).append("</p>\n");
        }
        header(html, minutes);
        agenda(html, minutes.agenda());
        Item followUpAfter = DanishText.followUpAfter(minutes);
        if (followUpAfter == null) {
            followUp(html, minutes);
        }
        for (Item item : minutes.agenda()) {
            item(html, item);
            if (item == followUpAfter) {
                followUp(html, minutes);
            }
        }
        List<Correction> general = minutes.corrections().stream().filter(c -> c.itemId() == null).toList();
        if (!general.isEmpty()) {
            html.append("<h2>Rettelser til referatet</h2>\n");
            corrections(html, general);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static String subject(MinutesView minutes) {
        return "Referat af møde i " + DanishText.bodyName(minutes.bodyName()) + " "
                + DanishText.longDate(minutes.start());
    }

    private static void header(StringBuilder html, MinutesView minutes) {
        html.append("<table class=\"header\">\n");
        if (hasText(minutes.organisation())) {
            row(html, "Organisation", text(minutes.organisation()));
        }
        row(html, "Mødedato", text(DanishText.longDate(minutes.start())));
        row(html, "Mødested", text(DanishText.orNotGiven(minutes.location())));
        row(html, "Mødetidspunkt", text(DanishText.time(minutes.start())));
        row(html, "Forventet sluttidspunkt", text(DanishText.time(minutes.expectedEnd())));
        row(html, "Deltagere", people(DanishText.attendees(minutes.present())));
        row(html, "Afbud", people(DanishText.attendees(minutes.apologies())));
        row(html, "Fraværende", people(DanishText.attendees(minutes.absent())));
        row(html, "Gæster", people(DanishText.attendees(minutes.guests())));
        row(html, "Referent", text(minutes.referent() == null ? DanishText.NOT_GIVEN
                : DanishText.name(minutes.referent())));
        row(html, "Status", text(DanishText.status(minutes)));
        if (!minutes.minutesApprovedHere().isEmpty()) {
            row(html, "Referater godkendt på mødet", people(minutes.minutesApprovedHere().stream()
                    .map(link -> DanishText.bodyName(link.bodyName())
                            + (link.start() == null ? "" : " " + DanishText.date(link.start().toLocalDate())))
                    .toList()));
        }
        html.append("</table>\n");
    }

    private static void row(StringBuilder html, String label, String valueMarkup) {
        html.append("<tr><th>").append(text(label)).append("</th><td>").append(valueMarkup).append("</td></tr>\n");
    }

    private static String people(List<String> lines) {
        if (lines.isEmpty()) {
            return text(DanishText.NONE);
        }
        StringBuilder markup = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            markup.append(i == 0 ? "" : "<br/>").append(text(lines.get(i)));
        }
        return markup.toString();
    }

    private static void agenda(StringBuilder html, List<Item> items) {
        html.append("<h2>Dagsorden</h2>\n");
        if (items.isEmpty()) {
            html.append("<p>Ingen punkter.</p>\n");
            return;
        }
        html.append("<table class=\"agenda\">\n");
        for (Item item : items) {
            if (item.withdrawn() || item.number() == null) {
                html.append("<tr><td class=\"number\"></td><td><span class=\"withdrawn\">")
                        .append(text(DanishText.itemTitle(item))).append("</span> (udgået)</td></tr>\n");
            } else {
                html.append("<tr><td class=\"number\">").append(item.number()).append(".</td><td>")
                        .append(text(DanishText.itemTitle(item))).append("</td></tr>\n");
            }
        }
        html.append("</table>\n");
    }

    private static void item(StringBuilder html, Item item) {
        String title = item.title() == null || item.title().isBlank() ? "(uden titel)" : item.title();
        if (item.withdrawn() || item.number() == null) {
            html.append("<h2>Udgået: <span class=\"withdrawn\">").append(text(title)).append("</span></h2>\n");
            html.append("<p class=\"note\">").append(text(DanishText.withdrawn(item))).append("</p>\n");
            return;
        }
        html.append("<h2>").append(item.number()).append(". ").append(text(title)).append("</h2>\n");
        if (hasText(item.kindLabel())) {
            html.append("<p class=\"kind\">").append(text(DanishText.capitalised(item.kindLabel()))).append("</p>\n");
        }
        if (DanishText.referredFrom(item) != null) {
            html.append("<p>").append(text(DanishText.referredFrom(item))).append("</p>\n");
        }
        if (item.presenter() != null) {
            html.append("<p>Oplæg ved: ").append(text(DanishText.name(item.presenter()))).append("</p>\n");
        }
        section(html, "Sagsfremstilling", item.description());
        section(html, "Referat", item.notes());
        section(html, "Indstilling", item.recommendation());
        if (!item.decisions().isEmpty()) {
            html.append("<h3>Beslutning</h3>\n");
            for (Decision decision : item.decisions()) {
                decision(html, decision, item.recommendation());
            }
        }
        if (!item.actions().isEmpty()) {
            html.append("<h3>Opfølgning</h3>\n<table class=\"actions\">\n")
                    .append("<tr><th>Ansvarlig</th><th>Opgave</th><th>Frist</th></tr>\n");
            for (Action action : item.actions()) {
                html.append("<tr><td>").append(text(DanishText.name(action.owner()))).append("</td><td>")
                        .append(lines(action.description())).append("</td><td>")
                        .append(text(DanishText.date(action.dueDate()))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!item.referrals().isEmpty()) {
            html.append("<h3>Henvisning</h3>\n<ul>\n");
            for (Referral referral : item.referrals()) {
                html.append("<li>Henvist til ").append(text(DanishText.bodyName(referral.targetBodyName())));
                if (hasText(referral.note())) {
                    html.append(": ").append(lines(referral.note()));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!item.conflicts().isEmpty()) {
            html.append("<h3>Inhabilitet</h3>\n<ul>\n");
            for (Conflict conflict : item.conflicts()) {
                html.append("<li>").append(text(DanishText.name(conflict.person())))
                        .append(" erklærede sig inhabil og deltog ikke i beslutningen");
                if (hasText(conflict.note())) {
                    html.append(": ").append(lines(conflict.note()));
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!item.corrections().isEmpty()) {
            html.append("<h3>Rettelser</h3>\n");
            corrections(html, item.corrections());
        }
    }

    /** The standing follow-up as a table: owner, the action and where it was agreed, due date, progress. */
    private static void followUp(StringBuilder html, MinutesView minutes) {
        if (!DanishText.showsFollowUp(minutes)) {
            return;
        }
        html.append("<h2>").append(text(DanishText.FOLLOW_UP)).append("</h2>\n")
                .append("<p>").append(text(DanishText.followUpLead(minutes))).append("</p>\n");
        if (minutes.followUp().isEmpty()) {
            html.append("<p>").append(text(DanishText.NO_FOLLOW_UP)).append("</p>\n");
            return;
        }
        html.append("<table class=\"actions\">\n")
                .append("<tr><th>Ansvarlig</th><th>Opgave</th><th>Frist</th><th>Status</th></tr>\n");
        for (FollowUp entry : minutes.followUp()) {
            html.append("<tr><td>").append(text(DanishText.name(entry.owner()))).append("</td><td>")
                    .append(lines(entry.description()));
            String agreedAt = DanishText.agreedAt(entry);
            if (agreedAt != null) {
                html.append("<br/><span class=\"note\">").append(text(agreedAt)).append("</span>");
            }
            html.append("</td><td>").append(text(DanishText.date(entry.dueDate())));
            if (entry.overdue()) {
                html.append("<br/>(overskredet)");
            }
            html.append("</td><td>");
            List<DanishText.ProgressLine> progress = DanishText.progressLines(entry);
            if (progress.isEmpty()) {
                html.append(text(DanishText.NO_PROGRESS));
            }
            for (int i = 0; i < progress.size(); i++) {
                DanishText.ProgressLine line = progress.get(i);
                html.append(i == 0 ? "" : "<br/>").append("<strong>").append(text(line.label()))
                        .append(":</strong> ").append(lines(line.note()));
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void section(StringBuilder html, String heading, String content) {
        if (hasText(content)) {
            html.append("<h3>").append(text(heading)).append("</h3>\n").append(paragraphs(content, null));
        }
    }

    private static void decision(StringBuilder html, Decision decision, String itemRecommendation) {
        html.append("<div class=\"decision\">\n");
        if (hasText(decision.outcomeLabel())) {
            html.append("<p><strong>").append(text(DanishText.capitalised(decision.outcomeLabel())))
                    .append(".</strong></p>\n");
        }
        html.append(paragraphs(decision.text(), null));
        if (hasText(decision.recommendation()) && !Objects.equals(decision.recommendation(), itemRecommendation)) {
            html.append("<p>Indstilling: ").append(lines(decision.recommendation())).append("</p>\n");
        }
        String votes = DanishText.votes(decision.votes());
        if (votes != null) {
            html.append("<p>Afstemning: ").append(text(votes)).append("</p>\n");
        }
        if (decision.lateEntry()) {
            html.append("<p class=\"note\">").append(text(DanishText.LATE_ENTRY)).append("</p>\n");
        }
        if (!decision.remarks().isEmpty()) {
            html.append("<h4>Protokolbemærkninger</h4>\n<ul>\n");
            for (Remark remark : decision.remarks()) {
                html.append("<li><strong>").append(text(DanishText.name(remark.person()))).append(":</strong> ")
                        .append(lines(remark.text())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</div>\n");
    }

    private static void corrections(StringBuilder html, List<Correction> corrections) {
        for (Correction correction : corrections) {
            html.append("<div class=\"correction\">\n<p><strong>")
                    .append(text(DanishText.correctionHeading(correction))).append(":</strong></p>\n")
                    .append(paragraphs(correction.text(), null));
            if (hasText(correction.reason())) {
                html.append("<p class=\"note\">Begrundelse: ").append(lines(correction.reason())).append("</p>\n");
            }
            html.append("</div>\n");
        }
    }
}
