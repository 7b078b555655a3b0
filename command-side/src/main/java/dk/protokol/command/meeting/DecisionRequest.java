package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.DecisionOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

public record DecisionRequest(
        @Schema(example = "Styregruppen godkender handleplanen.")
        @NotBlank(message = "Beslutningen skal udfyldes.")
        @Size(max = 20000, message = "Beslutningen må højst være 20.000 tegn.")
        String text,
        @Schema(description = "Vedtaget, forkastet, udsat, taget til efterretning")
        @NotNull(message = "Vælg udfaldet: vedtaget, forkastet, udsat eller taget til efterretning.")
        DecisionOutcome outcome,
        @Schema(description = "Indstilling / recommendation")
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

    RecordDecision toCommand(MeetingId meeting, AgendaItemId item, DecisionId decision) {
        return new RecordDecision(meeting, item, decision, text, outcome, recommendation, votesFor, votesAgainst,
                abstentions);
    }
}
