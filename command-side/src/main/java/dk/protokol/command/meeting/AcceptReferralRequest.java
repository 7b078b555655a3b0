package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AcceptReferredCase;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

public record AcceptReferralRequest(
        @Schema(description = "Det møde i det modtagende organ, hvor sagen skal behandles / the target body's meeting")
        UUID meetingId,
        @Schema(description = "Punktets titel; udelades den, beholder sagen titlen fra det henvisende organ")
        String title,
        @Schema(description = "INFORMATION, DISCUSSION eller DECISION; udelades den, er punktet til beslutning")
        AgendaItemKind kind) {

    AcceptReferredCase toCommand(ReferralId referral, AgendaItemId item) {
        return new AcceptReferredCase(MeetingId.ofNullable(meetingId), item, referral, title, kind);
    }
}
