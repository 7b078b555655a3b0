package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record DeclareConflictOfInterest(@TargetAggregateIdentifier MeetingId meetingId,
                                        AgendaItemId itemId,
                                        @NotNull(message = "Vælg det medlem, der er inhabilt.")
                                        PersonId personId,
                                        @Size(max = 2000, message = "Bemærkningen må højst være 2.000 tegn.")
                                        String note) {

    public DeclareConflictOfInterest {
        Limits.check(DeclareConflictOfInterest.class, meetingId, itemId, personId, note);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
