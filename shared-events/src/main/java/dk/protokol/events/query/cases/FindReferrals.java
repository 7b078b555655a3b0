package dk.protokol.events.query.cases;

import dk.protokol.events.ids.BodyId;

/** Cases referred to {@code targetBodyId} (any body when null) with {@code status} (either when null). */
public record FindReferrals(BodyId targetBodyId, ReferralStatus status) {
}
