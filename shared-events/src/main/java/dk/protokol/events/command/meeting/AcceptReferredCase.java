package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Takes a case referred from another body onto this meeting's agenda as a new item, last in order. {@code title}
 * and {@code kind} may be null: the item then keeps the title it had where it came from and is for decision.
 */
public record AcceptReferredCase(@NotNull(message = "Vælg det møde, sagen skal på.")
                                 @TargetAggregateIdentifier MeetingId meetingId,
                                 AgendaItemId itemId,
                                 ReferralId referralId,
                                 @Size(max = 300, message = "Titlen må højst være 300 tegn.")
                                 String title,
                                 AgendaItemKind kind) {

    public AcceptReferredCase {
        Limits.check(AcceptReferredCase.class, meetingId, itemId, referralId, title, kind);
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(referralId, "referralId");
    }
}
