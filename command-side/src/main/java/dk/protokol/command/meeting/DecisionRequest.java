package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.DecisionOutcome;
import io.swagger.v3.oas.annotations.media.Schema;

public record DecisionRequest(
        @Schema(example = "Styregruppen godkender handleplanen.")
        String text,
        @Schema(description = "Vedtaget, forkastet, udsat, taget til efterretning")
        DecisionOutcome outcome,
        @Schema(description = "Indstilling / recommendation")
        String recommendation,
        Integer votesFor,
        Integer votesAgainst,
        Integer abstentions) {

    RecordDecision toCommand(MeetingId meeting, AgendaItemId item, DecisionId decision) {
        return new RecordDecision(meeting, item, decision, text, outcome, recommendation, votesFor, votesAgainst,
                abstentions);
    }
}
