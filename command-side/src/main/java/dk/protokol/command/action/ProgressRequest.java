package dk.protokol.command.action;

import dk.protokol.events.command.action.ReportActionProgress;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

public record ProgressRequest(
        @Schema(example = "Udkastet er sendt til høring i boligorganisationerne.")
        String note,
        @Schema(description = "Det møde, hvor status blev givet (opfølgning på mødet) / the meeting it was reported at")
        UUID meetingId) {

    ReportActionProgress toCommand(ActionId action) {
        return new ReportActionProgress(action, note, MeetingId.ofNullable(meetingId));
    }
}
