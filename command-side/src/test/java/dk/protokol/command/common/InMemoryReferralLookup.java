package dk.protokol.command.common;

import dk.protokol.command.meeting.KnownReferral;
import dk.protokol.command.meeting.ReferralLookup;
import dk.protokol.events.ids.ReferralId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The referral lookup as a fixture test arranges it: cases referred by other meetings, waiting or accepted. */
public class InMemoryReferralLookup implements ReferralLookup {

    private final Map<ReferralId, KnownReferral> referrals = new HashMap<>();

    public InMemoryReferralLookup with(KnownReferral referral) {
        referrals.put(referral.id(), referral);
        return this;
    }

    @Override
    public Optional<KnownReferral> referral(ReferralId id) {
        return Optional.ofNullable(referrals.get(id));
    }
}
