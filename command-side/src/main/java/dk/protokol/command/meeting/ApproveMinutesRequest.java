package dk.protokol.command.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

public record ApproveMinutesRequest(
        @Schema(description = "Det møde, hvor referatet blev godkendt (organets næste møde) / the approving meeting")
        UUID atMeetingId) {
}
