package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record ReferralRequest(
        @Schema(description = "Det organ, sagen henvises til / the body the case is referred to")
        @NotNull(message = "Vælg det organ, sagen henvises til.")
        UUID targetBodyId,
        @Schema(example = "Forummet indstiller handleplanen til styregruppens godkendelse.")
        @NotBlank(message = "Skriv hvad organet skal tage stilling til.")
        @Size(max = 10000, message = "Teksten må højst være 10.000 tegn.")
        String note) {

    ReferCase toCommand(MeetingId meeting, AgendaItemId item, ReferralId referral) {
        return new ReferCase(meeting, item, referral, BodyId.of(targetBodyId), note);
    }
}
