package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

public record ReferralRequest(
        @Schema(description = "Det organ, sagen henvises til / the body the case is referred to")
        UUID targetBodyId,
        @Schema(example = "Forummet indstiller handleplanen til styregruppens godkendelse.")
        String note) {

    ReferCase toCommand(MeetingId meeting, AgendaItemId item, ReferralId referral) {
        return new ReferCase(meeting, item, referral, BodyId.ofNullable(targetBodyId), note);
    }
}
