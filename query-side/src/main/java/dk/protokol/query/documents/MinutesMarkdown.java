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
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

import static dk.protokol.query.documents.DanishText.hasText;
import static dk.protokol.query.documents.Markdown.block;
import static dk.protokol.query.documents.Markdown.inline;
import static dk.protokol.query.documents.Markdown.lineStart;

/**
 * The minutes as a CommonMark document in the layout of a Danish referat: header, agenda, then each item
 * with referat, indstilling, beslutning, protokolbemærkninger, opfølgning, henvisning, inhabilitet and
 * rettelser (beside the original text, which stays as it was). The standing follow-up of earlier meetings'
 * actions ("Opfølgning") follows the first standing item, or the agenda when there is none. All user text is
 * escaped.
 */
@Component
public class MinutesMarkdown {

    public String render(MinutesView minutes) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(DanishText.title(minutes))).append("\n\n");
        if (DanishText.asOf(minutes) != null) {
            md.append("*").append(inline(DanishText.asOf(minutes))).append("*\n\n");
        }
        header(md, minutes);
        agenda(md, minutes.agenda());
        Item followUpAfter = DanishText.followUpAfter(minutes);
        if (followUpAfter == null) {
            followUp(md, minutes);
        }
        for (Item item : minutes.agenda()) {
            item(md, item);
            if (item == followUpAfter) {
                followUp(md, minutes);
            }
        }
        List<Correction> general = minutes.corrections().stream().filter(c -> c.itemId() == null).toList();
        if (!general.isEmpty()) {
            md.append("## Rettelser til referatet\n\n");
            corrections(md, general);
        }
        return md.toString();
    }

    private void header(StringBuilder md, MinutesView minutes) {
        field(md, "Organisation", minutes.organisation(), false);
        field(md, "Mødedato", DanishText.longDate(minutes.start()), true);
        field(md, "Mødested", DanishText.orNotGiven(minutes.location()), true);
        field(md, "Mødetidspunkt", DanishText.time(minutes.start()), true);
        field(md, "Forventet sluttidspunkt", DanishText.time(minutes.expectedEnd()), true);
        people(md, "Deltagere", DanishText.attendees(minutes.present()));
        people(md, "Afbud", DanishText.attendees(minutes.apologies()));
        people(md, "Fraværende", DanishText.attendees(minutes.absent()));
        people(md, "Gæster", DanishText.attendees(minutes.guests()));
        field(md, "Referent", minutes.referent() == null ? DanishText.NOT_GIVEN
                : DanishText.name(minutes.referent()), true);
        field(md, "Status", DanishText.status(minutes), true);
        if (!minutes.minutesApprovedHere().isEmpty()) {
            people(md, "Referater godkendt på mødet", minutes.minutesApprovedHere().stream()
                    .map(link -> DanishText.bodyName(link.bodyName())
                            + (link.start() == null ? "" : " " + DanishText.date(link.start().toLocalDate())))
                    .toList());
        }
        md.append('\n');
    }

    private static void field(StringBuilder md, String label, String value, boolean always) {
        if (always || hasText(value)) {
            md.append("- **").append(label).append(":** ").append(inline(value)).append('\n');
        }
    }

    private static void people(StringBuilder md, String label, List<String> lines) {
        if (lines.isEmpty()) {
            field(md, label, DanishText.NONE, true);
            return;
        }
        md.append("- **").append(label).append(":**\n");
        for (String line : lines) {
            md.append("  - ").append(lineStart(line)).append('\n');
        }
    }

    private static void agenda(StringBuilder md, List<Item> items) {
        md.append("## Dagsorden\n\n");
        if (items.isEmpty()) {
            md.append("Ingen punkter.\n\n");
            return;
        }
        for (Item item : items) {
            if (item.withdrawn() || item.number() == null) {
                md.append("- ~~").append(inline(DanishText.itemTitle(item))).append("~~ (udgået)\n");
            } else {
                md.append(item.number()).append(". ").append(lineStart(DanishText.itemTitle(item))).append('\n');
            }
        }
        md.append('\n');
    }

    private void item(StringBuilder md, Item item) {
        String title = item.title() == null || item.title().isBlank() ? "(uden titel)" : item.title();
        if (item.withdrawn() || item.number() == null) {
            md.append("## Udgået: ").append(inline(title)).append("\n\n");
            md.append('*').append(inline(DanishText.withdrawn(item))).append("*\n\n");
            return;
        }
        md.append("## ").append(item.number()).append(". ").append(inline(title)).append("\n\n");
        if (hasText(item.kindLabel())) {
            md.append('*').append(inline(DanishText.capitalised(item.kindLabel()))).append("*\n\n");
        }
        if (DanishText.referredFrom(item) != null) {
            md.append(inline(DanishText.referredFrom(item))).append("\n\n");
        }
        if (item.presenter() != null) {
            md.append("Oplæg ved: ").append(inline(DanishText.name(item.presenter()))).append("\n\n");
        }
        section(md, "Sagsfremstilling", item.description());
        section(md, "Referat", item.notes());
        section(md, "Indstilling", item.recommendation());
        if (!item.decisions().isEmpty()) {
            md.append("### Beslutning\n\n");
            for (Decision decision : item.decisions()) {
                decision(md, decision, item.recommendation());
            }
        }
        if (!item.actions().isEmpty()) {
            md.append("### Opfølgning\n\n");
            for (Action action : item.actions()) {
                md.append("- **").append(inline(DanishText.name(action.owner()))).append(":** ")
                        .append(block(action.description(), "  "))
                        .append(" – frist ").append(inline(DanishText.date(action.dueDate()))).append('\n');
            }
            md.append('\n');
        }
        if (!item.referrals().isEmpty()) {
            md.append("### Henvisning\n\n");
            for (Referral referral : item.referrals()) {
                md.append("- Henvist til ").append(inline(DanishText.bodyName(referral.targetBodyName())));
                if (hasText(referral.note())) {
                    md.append(": ").append(block(referral.note(), "  "));
                }
                md.append('\n');
            }
            md.append('\n');
        }
        if (!item.conflicts().isEmpty()) {
            md.append("### Inhabilitet\n\n");
            for (Conflict conflict : item.conflicts()) {
                md.append("- ").append(lineStart(DanishText.name(conflict.person())))
                        .append(" erklærede sig inhabil og deltog ikke i beslutningen");
                if (hasText(conflict.note())) {
                    md.append(": ").append(block(conflict.note(), "  "));
                }
                md.append('\n');
            }
            md.append('\n');
        }
        if (!item.corrections().isEmpty()) {
            md.append("### Rettelser\n\n");
            corrections(md, item.corrections());
        }
    }

    /** The standing follow-up: each open action with its owner, due date, origin and progress as nested lines. */
    private static void followUp(StringBuilder md, MinutesView minutes) {
        if (!DanishText.showsFollowUp(minutes)) {
            return;
        }
        md.append("## ").append(DanishText.FOLLOW_UP).append("\n\n")
                .append(inline(DanishText.followUpLead(minutes))).append("\n\n");
        if (minutes.followUp().isEmpty()) {
            md.append(inline(DanishText.NO_FOLLOW_UP)).append("\n\n");
            return;
        }
        for (FollowUp entry : minutes.followUp()) {
            md.append("- **").append(inline(DanishText.name(entry.owner()))).append(":** ")
                    .append(block(entry.description(), "  "))
                    .append(" – ").append(inline(DanishText.followUpDue(entry))).append('\n');
            String agreedAt = DanishText.agreedAt(entry);
            if (agreedAt != null) {
                md.append("  - ").append(lineStart(agreedAt)).append('\n');
            }
            List<DanishText.ProgressLine> progress = DanishText.progressLines(entry);
            if (progress.isEmpty()) {
                md.append("  - ").append(lineStart(DanishText.NO_PROGRESS)).append('\n');
            }
            for (DanishText.ProgressLine line : progress) {
                md.append("  - ").append(lineStart(line.label())).append(": ")
                        .append(block(line.note(), "    ")).append('\n');
            }
        }
        md.append('\n');
    }

    private static void section(StringBuilder md, String heading, String text) {
        if (hasText(text)) {
            md.append("### ").append(heading).append("\n\n").append(block(text, "")).append("\n\n");
        }
    }

    private static void decision(StringBuilder md, Decision decision, String itemRecommendation) {
        if (hasText(decision.outcomeLabel())) {
            md.append("**").append(inline(DanishText.capitalised(decision.outcomeLabel()))).append(".**");
            md.append(hasText(decision.text()) ? " " : "\n\n");
        }
        if (hasText(decision.text())) {
            md.append(block(decision.text(), "")).append("\n\n");
        }
        if (hasText(decision.recommendation()) && !Objects.equals(decision.recommendation(), itemRecommendation)) {
            md.append("Indstilling: ").append(block(decision.recommendation(), "")).append("\n\n");
        }
        String votes = DanishText.votes(decision.votes());
        if (votes != null) {
            md.append("Afstemning: ").append(inline(votes)).append("\n\n");
        }
        if (decision.lateEntry()) {
            md.append('*').append(inline(DanishText.LATE_ENTRY)).append("*\n\n");
        }
        if (!decision.remarks().isEmpty()) {
            md.append("#### Protokolbemærkninger\n\n");
            for (Remark remark : decision.remarks()) {
                md.append("- **").append(inline(DanishText.name(remark.person()))).append(":** ")
                        .append(block(remark.text(), "  ")).append('\n');
            }
            md.append('\n');
        }
    }

    private static void corrections(StringBuilder md, List<Correction> corrections) {
        for (Correction correction : corrections) {
            md.append("> **").append(inline(DanishText.correctionHeading(correction))).append(":** ")
                    .append(block(correction.text(), "> "));
            if (hasText(correction.reason())) {
                md.append("\\\n> Begrundelse: ").append(block(correction.reason(), "> "));
            }
            md.append("\n\n");
        }
    }
}
