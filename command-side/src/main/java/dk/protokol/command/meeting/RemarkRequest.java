package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordRemark;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record RemarkRequest(
        @NotNull(message = "Vælg det medlem, der får bemærkningen ført til protokol.")
        UUID personId,
        @NotBlank(message = "Bemærkningen skal udfyldes.")
        @Size(max = 10000, message = "Bemærkningen må højst være 10.000 tegn.")
        String text) {

    RecordRemark toCommand(MeetingId meeting, DecisionId decision) {
        return new RecordRemark(meeting, decision, PersonId.of(personId), text);
    }
}
