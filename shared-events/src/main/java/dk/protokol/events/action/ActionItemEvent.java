package dk.protokol.events.action;

import dk.protokol.events.ids.ActionId;

/** Events of the ActionItem aggregate: one identity for an action's whole life, never a copy per meeting. */
public sealed interface ActionItemEvent
        permits ActionItemOpened, ActionProgressReported, ActionReassigned, ActionDueDateChanged,
        ActionCompleted, ActionCancelled, ActionReopened, ActionAttachmentAdded {
    ActionId actionId();
}
