package dk.protokol.query.cases;

import dk.protokol.events.query.cases.ReferralStatus;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.query.actions.ActionList;
import dk.protokol.query.actions.MeetingDigest;
import dk.protokol.query.organisation.Names;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The referral list as a pure function of the links and the meetings they name. */
public final class Referrals {

    private Referrals() {
    }

    public static List<ReferralSummary> summaries(List<CaseLinks.Referred> referred,
                                                  Collection<CaseLinks.Accepted> acceptances,
                                                  Map<MeetingId, MeetingDigest> meetings, Names names) {
        Map<ReferralId, List<CaseLinks.Accepted>> byReferral = acceptances.stream()
                .filter(CaseLinks.Accepted::active)
                .collect(Collectors.groupingBy(CaseLinks.Accepted::referralId));
        return referred.stream().map(r -> {
            MeetingDigest from = meetings.get(r.fromMeetingId());
            Optional<MeetingDigest.Item> item = from == null ? Optional.empty() : from.item(r.fromItemId());
            String note = item.flatMap(i -> i.referrals().stream()
                    .filter(referral -> referral.referralId().equals(r.referralId())).findFirst())
                    .map(MeetingDigest.Referral::note).orElse(null);
            // the first meeting, by date, that took the case up
            Optional<CaseLinks.Accepted> accepted = byReferral.getOrDefault(r.referralId(), List.of()).stream()
                    .min(Comparator.comparing((CaseLinks.Accepted a) -> dateOf(meetings.get(a.meetingId())),
                                    Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(a -> a.meetingId().toString()));
            return new ReferralSummary(r.referralId(),
                    accepted.isPresent() ? ReferralStatus.ACCEPTED : ReferralStatus.WAITING,
                    names.body(r.fromBodyId()), r.fromMeetingId(), r.fromStart() == null ? null
                    : r.fromStart().toLocalDate(), r.fromItemId(), item.map(MeetingDigest.Item::title).orElse(null),
                    note, names.body(r.targetBodyId()), accepted.map(CaseLinks.Accepted::meetingId).orElse(null),
                    accepted.map(a -> dateOf(meetings.get(a.meetingId()))).orElse(null),
                    accepted.map(CaseLinks.Accepted::itemId).orElse(null));
        }).toList();
    }

    private static LocalDate dateOf(MeetingDigest meeting) {
        return ActionList.agreedOn(meeting);
    }
}
