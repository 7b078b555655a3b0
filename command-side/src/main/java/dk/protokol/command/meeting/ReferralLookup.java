package dk.protokol.command.meeting;

import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.ReferralId;

import java.util.Optional;

/**
 * The cases referred from one body to another, for the meeting that takes a case onto its agenda (does the
 * referral exist, is it meant for this body, is it already on an agenda) and for who may accept it. Kept in the
 * append transaction like the other lookups ({@link ReferralLookupUpdater}).
 */
public interface ReferralLookup {

    Optional<KnownReferral> referral(ReferralId id);

    /** @param field the command field that named the referral, for the 404 */
    default KnownReferral existingReferral(ReferralId id, String field) {
        return referral(id).orElseThrow(() -> new UnknownReference(field, "Henvisningen findes ikke: " + id));
    }
}
