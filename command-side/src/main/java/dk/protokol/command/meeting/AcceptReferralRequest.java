package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AcceptReferredCase;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record AcceptReferralRequest(
        @Schema(description = "Det møde i det modtagende organ, hvor sagen skal behandles / the target body's meeting")
        @NotNull(message = "Vælg det møde, sagen skal på.")
        UUID meetingId,
        @Schema(description = "Punktets titel; udelades den, beholder sagen titlen fra det henvisende organ")
        @Size(max = 300, message = "Titlen må højst være 300 tegn.")
        String title,
        @Schema(description = "INFORMATION, DISCUSSION eller DECISION; udelades den, er punktet til beslutning")
        AgendaItemKind kind) {

    AcceptReferredCase toCommand(ReferralId referral, AgendaItemId item) {
        return new AcceptReferredCase(MeetingId.of(meetingId), item, referral, title, kind);
    }
}
