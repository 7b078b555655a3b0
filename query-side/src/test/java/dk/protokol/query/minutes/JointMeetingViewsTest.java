package dk.protokol.query.minutes;

import dk.protokol.events.meeting.JointBodyAdded;
import dk.protokol.events.meeting.JointBodyWithdrawn;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.query.organisation.BodyFold;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.PersonRef;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.protokol.query.minutes.Referat.ANNA;
import static dk.protokol.query.minutes.Referat.BPS;
import static dk.protokol.query.minutes.Referat.FKU;
import static dk.protokol.query.minutes.Referat.MARCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting held jointly by several bodies (fællesmøde) on the read side: the fold keeps the bodies holding it, the
 * meeting list names them, and the minutes list each body with its members present and whether it was quorate.
 */
class JointMeetingViewsTest {

    private static final Recording BY_THE_SECRETARY = new Recording(Referat.FIRST_RECORDED, Referat.SEKRETAER);

    private static MeetingState withFku() {
        return MinutesFold.apply(Referat.state(MARCH), new JointBodyAdded(MARCH, FKU), BY_THE_SECRETARY);
    }

    /** The bodies view with FKU given a quorum of 2 and Anna (present at the March meeting) as its member. */
    private static Directory directoryWithFkuMembers(Integer quorum) {
        LocalDate start = LocalDate.of(2020, 1, 1);
        BodyView fku = BodyFold.apply(null, new BodyEstablished(FKU, "Forum for Koordination og Udvikling",
                BodyKind.FORUM, "BolivVejle", BPS, null, 4, quorum, start));
        fku = BodyFold.apply(fku, new MemberAppointed(FKU, ANNA, MemberRole.MEMBER, "AAB", start));
        Map<dk.protokol.events.ids.BodyId, BodyView> bodies = new HashMap<>(Referat.bodies());
        bodies.put(FKU, fku);
        return new Directory(Referat.people(), bodies);
    }

    @Test
    void theFoldKeepsTheBodiesHoldingTheMeetingInTheOrderTheyWereAdded() {
        MeetingState joint = withFku();
        assertThat(joint.jointBodyIds()).containsExactly(FKU);
        assertThat(joint.bodyIds()).containsExactly(BPS, FKU);
        assertThat(MinutesFold.apply(joint, new JointBodyAdded(MARCH, FKU), BY_THE_SECRETARY))
                .as("said twice, held once").isEqualTo(joint);

        MeetingState withdrawn = MinutesFold.apply(joint, new JointBodyWithdrawn(MARCH, FKU), BY_THE_SECRETARY);
        assertThat(withdrawn.jointBodyIds()).isEmpty();
        assertThat(withdrawn).isEqualTo(Referat.state(MARCH));
    }

    @Test
    void theMeetingListNamesTheJointBodies() {
        MeetingSummary summary = MinutesViews.summary(withFku(), Referat.directory());
        assertThat(summary.bodyId()).isEqualTo(BPS);
        assertThat(summary.jointBodies()).containsExactly(new BodyRef(FKU, "Forum for Koordination og Udvikling"));
        assertThat(MinutesViews.summary(Referat.state(MARCH), Referat.directory()).jointBodies()).isEmpty();
    }

    @Test
    void theMinutesListEachBodyWithItsMembersPresentAndItsQuorum() {
        MinutesView minutes = MinutesViews.minutes(withFku(), directoryWithFkuMembers(2), null, List.of(), null);

        assertThat(minutes.joint()).isTrue();
        assertThat(minutes.bodies()).extracting(MinutesView.HoldingBody::bodyId).containsExactly(BPS, FKU);
        MinutesView.HoldingBody bps = minutes.bodies().get(0);
        assertThat(bps.calledTheMeeting()).isTrue();
        // the mayor (chair) and the director (member, for one item) are present; Anna stands in but is no member
        assertThat(bps.present()).extracting(PersonRef::name).containsExactly("Bo Borgmester", "Dorte Direktør");
        assertThat(bps.votingMembersPresent()).isEqualTo(2);
        assertThat(bps.quorum()).isNull();
        assertThat(bps.quorate()).isNull();
        MinutesView.HoldingBody fku = minutes.bodies().get(1);
        assertThat(fku.calledTheMeeting()).isFalse();
        assertThat(fku.name()).isEqualTo("Forum for Koordination og Udvikling");
        assertThat(fku.present()).extracting(PersonRef::name).containsExactly("Anna Andersen");
        assertThat(fku.votingMembersPresent()).isEqualTo(1);
        assertThat(fku.quorum()).isEqualTo(2);
        assertThat(fku.quorate()).isFalse();
        // Anna represents AAB in FKU, the body where she has a seat
        assertThat(minutes.present()).filteredOn(attendee -> attendee.personId().equals(ANNA))
                .extracting(MinutesView.Attendee::representing).containsExactly("AAB");

        assertThat(MinutesViews.minutes(withFku(), directoryWithFkuMembers(1), null, List.of(), null).bodies().get(1)
                .quorate()).isTrue();
    }

    @Test
    void aMeetingOfOneBodyListsThatBodyAlone() {
        MinutesView minutes = MinutesViews.minutes(Referat.state(MARCH), Referat.directory(), null, List.of(), null);
        assertThat(minutes.joint()).isFalse();
        assertThat(minutes.bodies()).extracting(MinutesView.HoldingBody::bodyId).containsExactly(BPS);
    }
}
