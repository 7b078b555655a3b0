package dk.protokol.events.action;

import dk.protokol.events.ids.ActionId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The due date (frist) was moved, for a reason. */
@Revision("1")
public record ActionDueDateChanged(ActionId actionId, LocalDate previousDueDate, LocalDate dueDate, String reason) implements ActionItemEvent {
}
