package dk.protokol.query.history;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttachmentAdded;
import dk.protokol.events.meeting.AttachmentWithdrawn;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.meeting.RemarkRecorded;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which of an aggregate's events belong to a history. Fed the events in the order they were recorded; a scope may
 * remember what it saw (an agenda item's scope remembers the item's decisions, so that remarks on them belong to
 * the item too). A new scope for each history: no clock, no store, testable on plain events.
 */
public interface HistoryScope {

    boolean includes(Object event);

    /** Every event of the aggregate: a meeting's, a body's or a person's whole history. */
    static HistoryScope whole() {
        return event -> true;
    }

    /**
     * One agenda item: the events that name it (added, amended, its presenter changed, withdrawn, notes, decisions, actions, referrals,
     * conflicts of interest, corrections of it, a referred case accepted as it, attendance from or to it, an order
     * of the agenda that places it) and the remarks on its decisions.
     */
    static HistoryScope item(AgendaItemId itemId) {
        Objects.requireNonNull(itemId, "itemId");
        Set<DecisionId> decisions = new HashSet<>();
        return event -> {
            if (event instanceof DecisionRecorded e && itemId.equals(e.itemId())) {
                decisions.add(e.decisionId());
                return true;
            }
            if (event instanceof RemarkRecorded e) {
                return decisions.contains(e.decisionId());
            }
            return namesItem(event, itemId);
        };
    }

    /** One decision: the decision itself, the remarks on it and the actions agreed to follow it up. */
    static HistoryScope decision(DecisionId decisionId) {
        Objects.requireNonNull(decisionId, "decisionId");
        return event -> {
            if (event instanceof DecisionRecorded e) {
                return decisionId.equals(e.decisionId());
            }
            if (event instanceof RemarkRecorded e) {
                return decisionId.equals(e.decisionId());
            }
            if (event instanceof ActionAgreed e) {
                return decisionId.equals(e.decisionId());
            }
            if (event instanceof AttachmentAdded e) {
                return decisionId.equals(e.decisionId());
            }
            return false;
        };
    }

    /** Whether a meeting event names the agenda item. */
    static boolean namesItem(Object event, AgendaItemId itemId) {
        if (event instanceof AgendaItemAdded e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof AgendaItemAmended e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof AgendaItemPresenterChanged e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof AgendaItemWithdrawn e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof ItemNotesRecorded e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof DecisionRecorded e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof ActionAgreed e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof CaseReferred e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof ConflictOfInterestDeclared e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof MinutesCorrected e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof ReferredCaseAccepted e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof AttachmentAdded e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof AttachmentWithdrawn e) {
            return itemId.equals(e.itemId());
        } else if (event instanceof AttendanceRecorded e) {
            return itemId.equals(e.fromItemId()) || itemId.equals(e.toItemId());
        } else if (event instanceof AgendaReordered e) {
            return e.itemIds() != null && e.itemIds().contains(itemId);
        }
        return false;
    }
}
