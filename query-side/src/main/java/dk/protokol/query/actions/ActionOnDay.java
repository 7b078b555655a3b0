package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.ids.PersonId;

import java.time.LocalDate;

/**
 * An action as it stood on a business day ({@link ActionOnDate}): its status, owner and due date that day,
 * the day it was completed if it was by then, and whether it was overdue.
 */
public record ActionOnDay(LocalDate on, ActionStatus status, PersonId ownerId, LocalDate dueDate,
                          LocalDate completedOn, boolean overdue) {
}
