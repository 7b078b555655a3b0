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

import static dk.protokol.query.documents.MinutesText.hasText;
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
        md.append("# ").append(inline(MinutesText.title(minutes))).append("\n\n");
        if (MinutesText.asOf(minutes) != null) {
            md.append("*").append(inline(MinutesText.asOf(minutes))).append("*\n\n");
        }
        header(md, minutes);
        agenda(md, minutes.agenda());
        Item followUpAfter = MinutesText.followUpAfter(minutes);
        if (followUpAfter == null) {
            followUp(md, minutes);
        }
        for (Item item : minutes.agenda()) {
            item(md, item);
            if (item == followUpAfter) {
                followUp(md, minutes);
            }
        }
        List<Correction> general = MinutesText.generalCorrections(minutes);
        if (!general.isEmpty()) {
            md.append("## ").append(MinutesText.GENERAL_CORRECTIONS).append("\n\n");
            corrections(md, general);
        }
        return md.toString();
    }

    private void header(StringBuilder md, MinutesView minutes) {
        field(md, MinutesText.ORGANISATION, minutes.organisation(), false);
        field(md, MinutesText.MEETING_KIND, MinutesText.meetingKind(minutes), false);
        field(md, MinutesText.JOINT_WITH, MinutesText.jointWith(minutes), false);
        field(md, MinutesText.MEETING_DATE, MinutesText.longDate(minutes.start()), true);
        field(md, MinutesText.PLACE, MinutesText.orNotGiven(minutes.location()), true);
        field(md, MinutesText.START, MinutesText.time(minutes.start()), true);
        field(md, MinutesText.EXPECTED_END, MinutesText.time(minutes.expectedEnd()), true);
        people(md, MinutesText.PRESENT, MinutesText.attendees(minutes.present()));
        people(md, MinutesText.APOLOGIES, MinutesText.attendees(minutes.apologies()));
        people(md, MinutesText.ABSENT, MinutesText.attendees(minutes.absent()));
        people(md, MinutesText.GUESTS, MinutesText.attendees(minutes.guests()));
        field(md, MinutesText.PRESENT_BY_BODY, MinutesText.presentByBody(minutes), false);
        field(md, MinutesText.MINUTE_TAKER, MinutesText.referent(minutes), true);
        field(md, MinutesText.CHAIR_OF_THE_DAY, MinutesText.chairOfTheDay(minutes), false);
        field(md, MinutesText.STATUS, MinutesText.status(minutes), true);
        if (!minutes.minutesApprovedHere().isEmpty()) {
            people(md, MinutesText.APPROVED_HERE, MinutesText.approvedHere(minutes));
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
            field(md, label, MinutesText.NONE, true);
            return;
        }
        md.append("- **").append(label).append(":**\n");
        for (String line : lines) {
            md.append("  - ").append(lineStart(line)).append('\n');
        }
    }

    private static void agenda(StringBuilder md, List<Item> items) {
        md.append("## ").append(MinutesText.AGENDA).append("\n\n");
        if (items.isEmpty()) {
            md.append(MinutesText.NO_ITEMS).append("\n\n");
            return;
        }
        for (Item item : items) {
            if (item.withdrawn() || item.number() == null) {
                md.append("- ~~").append(inline(MinutesText.itemTitle(item))).append("~~ (udgået)\n");
            } else {
                md.append(item.number()).append(". ").append(lineStart(MinutesText.itemTitle(item))).append('\n');
            }
        }
        md.append('\n');
    }

    private void item(StringBuilder md, Item item) {
        String title = MinutesText.heading(item);
        if (item.withdrawn() || item.number() == null) {
            md.append("## ").append(MinutesText.WITHDRAWN).append(": ").append(inline(title)).append("\n\n");
            md.append('*').append(inline(MinutesText.withdrawn(item))).append("*\n\n");
            return;
        }
        md.append("## ").append(item.number()).append(". ").append(inline(title)).append("\n\n");
        if (item.kind() != null) {
            md.append('*').append(inline(MinutesText.kind(item))).append("*\n\n");
        }
        if (MinutesText.referredFrom(item) != null) {
            md.append(inline(MinutesText.referredFrom(item))).append("\n\n");
        }
        if (item.presenter() != null) {
            md.append(MinutesText.PRESENTER).append(": ").append(inline(MinutesText.name(item.presenter()))).append("\n\n");
        }
        section(md, MinutesText.BACKGROUND, item.description());
        if (!item.attachments().isEmpty()) {
            md.append("### ").append(MinutesText.ATTACHMENTS).append("\n\n");
            for (MinutesView.Attachment attachment : item.attachments()) {
                md.append("- ").append(lineStart(MinutesText.attachment(attachment))).append('\n');
            }
            md.append('\n');
        }
        section(md, MinutesText.NOTES, item.notes());
        section(md, MinutesText.RECOMMENDATION, item.recommendation());
        if (!item.decisions().isEmpty()) {
            md.append("### ").append(MinutesText.DECISION).append("\n\n");
            for (Decision decision : item.decisions()) {
                decision(md, decision, item.recommendation());
            }
        }
        if (!item.actions().isEmpty()) {
            md.append("### ").append(MinutesText.FOLLOW_UP).append("\n\n");
            for (Action action : item.actions()) {
                md.append("- **").append(inline(MinutesText.name(action.owner()))).append(":** ")
                        .append(block(action.description(), "  "))
                        .append(" – frist ").append(inline(MinutesText.date(action.dueDate()))).append('\n');
            }
            md.append('\n');
        }
        if (!item.referrals().isEmpty()) {
            md.append("### ").append(MinutesText.REFERRAL).append("\n\n");
            for (Referral referral : item.referrals()) {
                md.append("- ").append(MinutesText.REFERRED_TO).append(" ").append(inline(MinutesText.bodyName(referral.targetBodyName())));
                if (hasText(referral.note())) {
                    md.append(": ").append(block(referral.note(), "  "));
                }
                md.append('\n');
            }
            md.append('\n');
        }
        if (!item.conflicts().isEmpty()) {
            md.append("### ").append(MinutesText.CONFLICTS).append("\n\n");
            for (Conflict conflict : item.conflicts()) {
                md.append("- ").append(lineStart(MinutesText.name(conflict.person())))
                        .append(" erklærede sig inhabil og deltog ikke i beslutningen");
                if (hasText(conflict.note())) {
                    md.append(": ").append(block(conflict.note(), "  "));
                }
                md.append('\n');
            }
            md.append('\n');
        }
        if (!item.corrections().isEmpty()) {
            md.append("### ").append(MinutesText.CORRECTIONS).append("\n\n");
            corrections(md, item.corrections());
        }
    }

    /** The standing follow-up: each open action with its owner, due date, origin and progress as nested lines. */
    private static void followUp(StringBuilder md, MinutesView minutes) {
        if (!MinutesText.showsFollowUp(minutes)) {
            return;
        }
        md.append("## ").append(MinutesText.FOLLOW_UP).append("\n\n")
                .append(inline(MinutesText.followUpLead(minutes))).append("\n\n");
        if (minutes.followUp().isEmpty()) {
            md.append(inline(MinutesText.NO_FOLLOW_UP)).append("\n\n");
            return;
        }
        for (FollowUp entry : minutes.followUp()) {
            md.append("- **").append(inline(MinutesText.name(entry.owner()))).append(":** ")
                    .append(block(entry.description(), "  "))
                    .append(" – ").append(inline(MinutesText.followUpDue(entry))).append('\n');
            String agreedAt = MinutesText.agreedAt(entry);
            if (agreedAt != null) {
                md.append("  - ").append(lineStart(agreedAt)).append('\n');
            }
            List<MinutesText.ProgressLine> progress = MinutesText.progressLines(entry);
            if (progress.isEmpty()) {
                md.append("  - ").append(lineStart(MinutesText.NO_PROGRESS)).append('\n');
            }
            for (MinutesText.ProgressLine line : progress) {
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
        if (decision.outcome() != null) {
            md.append("**").append(inline(MinutesText.outcome(decision))).append(".**");
            md.append(hasText(decision.text()) ? " " : "\n\n");
        }
        if (hasText(decision.text())) {
            md.append(block(decision.text(), "")).append("\n\n");
        }
        if (hasText(decision.recommendation()) && !Objects.equals(decision.recommendation(), itemRecommendation)) {
            md.append(MinutesText.RECOMMENDATION).append(": ").append(block(decision.recommendation(), "")).append("\n\n");
        }
        String votes = MinutesText.votes(decision.votes());
        if (votes != null) {
            md.append(MinutesText.VOTES).append(": ").append(inline(votes)).append("\n\n");
        }
        if (decision.lateEntry()) {
            md.append('*').append(inline(MinutesText.LATE_ENTRY)).append("*\n\n");
        }
        if (!decision.remarks().isEmpty()) {
            md.append("#### ").append(MinutesText.REMARKS).append("\n\n");
            for (Remark remark : decision.remarks()) {
                md.append("- **").append(inline(MinutesText.name(remark.person()))).append(":** ")
                        .append(block(remark.text(), "  ")).append('\n');
            }
            md.append('\n');
        }
    }

    private static void corrections(StringBuilder md, List<Correction> corrections) {
        for (Correction correction : corrections) {
            md.append("> **").append(inline(MinutesText.correctionHeading(correction))).append(":** ")
                    .append(block(correction.text(), "> "));
            if (hasText(correction.reason())) {
                md.append("\\\n> Begrundelse: ").append(block(correction.reason(), "> "));
            }
            md.append("\n\n");
        }
    }
}
