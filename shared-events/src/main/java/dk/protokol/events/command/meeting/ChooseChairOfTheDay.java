package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Chooses the meeting's chair for the day (mødeleder) among the voting members present. */
public record ChooseChairOfTheDay(@TargetAggregateIdentifier MeetingId meetingId,
                                  @NotNull(message = "Vælg mødelederen.")
                                  PersonId personId) {

    public ChooseChairOfTheDay {
        Limits.check(ChooseChairOfTheDay.class, meetingId, personId);
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
