package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record DeclareConflictOfInterest(@TargetAggregateIdentifier MeetingId meetingId, AgendaItemId itemId,
                                        PersonId personId, String note) {

    public DeclareConflictOfInterest {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(personId, "personId");
    }
}
