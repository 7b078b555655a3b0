package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Refers the item's case to another body; the new {@code referralId} names the case across bodies. */
public record ReferCase(@TargetAggregateIdentifier MeetingId meetingId, AgendaItemId itemId, ReferralId referralId,
                        BodyId targetBodyId, String note) {

    public ReferCase {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(targetBodyId, "targetBodyId");
    }
}
