package dk.protokol.query.cases;

import dk.protokol.events.query.cases.FindCase;
import dk.protokol.events.query.cases.FindReferrals;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.actions.ActionDetails;
import dk.protokol.query.actions.ActionState;
import dk.protokol.query.actions.MeetingDigest;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.common.ReadAccess;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.Names;
import dk.protokol.query.organisation.PersonProjection;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Answers the referral list and a case's trail from the live "cases" view through the pure
 * {@link Referrals} and {@link CaseTrail}. Names of people and bodies are read from the live organisation
 * views when the answer is made.
 */
@Component
public class CaseQueries {

    private final CaseProjection cases;
    private final BodyProjection bodies;
    private final PersonProjection people;
    private final ReadAccess read;

    public CaseQueries(CaseProjection cases, BodyProjection bodies, PersonProjection people, ReadAccess read) {
        this.read = read;
        this.cases = cases;
        this.bodies = bodies;
        this.people = people;
    }

    @QueryHandler
    public List<ReferralSummary> handle(FindReferrals query) {
        // a case is read by the readers of the body it came from and of the body it was referred to
        List<CaseLinks.Referred> referred = read.filter(cases.referrals(query.targetBodyId(), query.status()),
                link -> List.of(link.fromBodyId(), link.targetBodyId()));
        List<CaseLinks.Accepted> acceptances = cases.acceptances(referred.stream()
                .map(CaseLinks.Referred::referralId).toList());
        Map<MeetingId, MeetingDigest> meetings = cases.meetings().find(Stream.concat(
                referred.stream().map(CaseLinks.Referred::fromMeetingId),
                acceptances.stream().map(CaseLinks.Accepted::meetingId)).collect(Collectors.toSet()));
        return Referrals.summaries(referred, acceptances, meetings, names(List.of()));
    }

    @QueryHandler
    public CaseView handle(FindCase query) {
        NotFound unknown = new NotFound("Sagen findes ikke: " + query.referralId());
        CaseLinks.Referred referred = cases.referral(query.referralId()).orElseThrow(() -> unknown);
        read.requireAnyOf(List.of(referred.fromBodyId(), referred.targetBodyId()));
        MeetingDigest origin = cases.meetings().find(referred.fromMeetingId()).orElseThrow(() -> unknown);
        List<CaseLinks.Accepted> acceptances = cases.acceptances(List.of(query.referralId()));
        Map<MeetingId, MeetingDigest> targets = cases.meetings().find(acceptances.stream()
                .map(CaseLinks.Accepted::meetingId).collect(Collectors.toSet()));
        List<ActionState> actions = new ArrayList<>(cases.actionsUnder(referred.fromMeetingId(),
                referred.fromItemId()));
        acceptances.forEach(a -> actions.addAll(cases.actionsUnder(a.meetingId(), a.itemId())));
        Map<MeetingId, MeetingDigest> elsewhere = cases.meetings().find(actions.stream()
                .flatMap(ActionDetails::meetingsOf).collect(Collectors.toSet()));
        return CaseTrail.of(query.referralId(), origin, List.copyOf(targets.values()), actions, elsewhere,
                names(actions)).orElseThrow(() -> unknown);
    }

    private Names names(Collection<ActionState> actions) {
        return Names.lookUp(people, bodies, actions.stream().flatMap(ActionDetails::peopleOf).collect(Collectors.toSet()));
    }
}
