package dk.protokol.events.query.cases;

import dk.protokol.events.ids.ReferralId;

/** One case's trail across bodies; a case is named by the id of the referral that sent it on. */
public record FindCase(ReferralId referralId) {
}
