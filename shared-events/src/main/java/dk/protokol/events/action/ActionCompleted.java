package dk.protokol.events.action;

import dk.protokol.events.ids.ActionId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The action was completed on {@code completedOn} (business date). {@code note} may be null. */
@Revision("1")
public record ActionCompleted(ActionId actionId, LocalDate completedOn, String note) implements ActionItemEvent {
}
