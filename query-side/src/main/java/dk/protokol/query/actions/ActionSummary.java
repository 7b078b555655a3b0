package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.PersonRef;

import java.time.LocalDate;

/**
 * One line of the action list ({@code GET /api/actions}, and the same line in {@code actions.csv}), the
 * action as it stood on the list's business day: its status, owner and due date that day, whether it was
 * overdue, and the day it was completed if it was by then. {@code meetingDate} is the day it was agreed.
 */
public record ActionSummary(ActionId id, String description, ActionStatus status, boolean overdue,
                            LocalDate dueDate, LocalDate completedOn, PersonRef owner, BodyRef body,
                            MeetingId meetingId, LocalDate meetingDate, AgendaItemId itemId, String itemTitle,
                            DecisionId decisionId) {
}
