package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.DecisionOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A decision on an item; the votes are null when no vote was taken. */
public record RecordDecision(@TargetAggregateIdentifier MeetingId meetingId,
                             AgendaItemId itemId,
                             DecisionId decisionId,
                             @NotBlank(message = "Beslutningen skal udfyldes.")
                             @Size(max = 20000, message = "Beslutningen må højst være 20.000 tegn.")
                             String text,
                             @NotNull(message = "Vælg udfaldet: vedtaget, forkastet, udsat eller taget til efterretning.")
                             DecisionOutcome outcome,
                             @Size(max = 20000, message = "Indstillingen må højst være 20.000 tegn.")
                             String recommendation,
                             @PositiveOrZero(message = "Stemmer for kan ikke være negative.")
                             @Max(value = 1000, message = "Stemmer for kan højst være 1000.")
                             Integer votesFor,
                             @PositiveOrZero(message = "Stemmer imod kan ikke være negative.")
                             @Max(value = 1000, message = "Stemmer imod kan højst være 1000.")
                             Integer votesAgainst,
                             @PositiveOrZero(message = "Antal, der undlod at stemme, kan ikke være negativt.")
                             @Max(value = 1000, message = "Antal, der undlod at stemme, kan højst være 1000.")
                             Integer abstentions) {

    public RecordDecision {
        Limits.check(RecordDecision.class, meetingId, itemId, decisionId, text, outcome, recommendation, votesFor,
                votesAgainst, abstentions);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(decisionId, "decisionId");
    }
}
