package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Refers the item's case to another body; the new {@code referralId} names the case across bodies. */
public record ReferCase(@TargetAggregateIdentifier MeetingId meetingId,
                        AgendaItemId itemId,
                        ReferralId referralId,
                        @NotNull(message = "Vælg det organ, sagen henvises til.")
                        BodyId targetBodyId,
                        @NotBlank(message = "Skriv hvad organet skal tage stilling til.")
                        @Size(max = 10000, message = "Teksten må højst være 10.000 tegn.")
                        String note) {

    public ReferCase {
        Limits.check(ReferCase.class, meetingId, itemId, referralId, targetBodyId, note);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(referralId, "referralId");
    }
}
