package dk.protokol.web.meetings;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.web.common.Viewer;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When the minutes page offers the approval (issue 10): to the chair, the vice-chair and the chair for the day. */
class MinutesApprovalOfferTest {

    static final BodyId BPS = BodyId.random();
    static final PersonId ME = PersonId.random();
    static final Viewer.MyBody BPS_BODY = new Viewer.MyBody(BPS, "BPS", "BolivVejle");

    @Test
    void theChairTheViceChairAndTheChairForTheDayAreOfferedTheApprovalOfCirculatedMinutes() {
        assertThat(MinutesPageController.mayApprove(minutes(MeetingStatus.MINUTES_CIRCULATED, null),
                viewer(List.of(BPS_BODY), List.of()))).as("chair").isTrue();
        assertThat(MinutesPageController.mayApprove(minutes(MeetingStatus.MINUTES_CIRCULATED, null),
                viewer(List.of(), List.of(BPS_BODY)))).as("vice-chair").isTrue();
        assertThat(MinutesPageController.mayApprove(minutes(MeetingStatus.MINUTES_CIRCULATED, ME),
                viewer(List.of(), List.of()))).as("chair for the day").isTrue();
    }

    @Test
    void othersAndMinutesNotOutForCommentAreNotOffered() {
        assertThat(MinutesPageController.mayApprove(minutes(MeetingStatus.MINUTES_CIRCULATED, PersonId.random()),
                viewer(List.of(), List.of()))).as("a member who did not lead it").isFalse();
        assertThat(MinutesPageController.mayApprove(minutes(MeetingStatus.MINUTES_APPROVED, ME),
                viewer(List.of(BPS_BODY), List.of()))).as("already approved").isFalse();
        assertThat(MinutesPageController.mayApprove(minutes(MeetingStatus.CLOSED, ME),
                viewer(List.of(BPS_BODY), List.of()))).as("not yet sent out").isFalse();
    }

    private static Viewer viewer(List<Viewer.MyBody> chairOf, List<Viewer.MyBody> viceChairOf) {
        return new Viewer("person", "Person", ME.value(), false, false, true, List.of(), chairOf, viceChairOf,
                List.of());
    }

    private static MinutesView minutes(MeetingStatus status, PersonId chairOfTheDay) {
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 14, 0);
        return new MinutesView(MeetingId.random(), BPS, "BPS", "BolivVejle", status, "", null, start,
                start.plusHours(2), "Rådhuset", List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null,
                chairOfTheDay == null ? null : new PersonRef(chairOfTheDay, "Mødeleder"));
    }
}
