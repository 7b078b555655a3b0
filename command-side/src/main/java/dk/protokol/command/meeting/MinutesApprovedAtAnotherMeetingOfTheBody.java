package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;

import java.util.Collection;

/**
 * Minutes are usually approved under the standing item of the body's next meeting. The meeting named for the
 * approval must then be another meeting of the same body (of one of the bodies holding a fællesmøde; the meeting
 * named is known by the body that called it).
 */
record MinutesApprovedAtAnotherMeetingOfTheBody(MeetingId meeting, Collection<BodyId> bodies, MeetingId atMeeting,
                                                BodyId bodyOfAtMeeting) implements DomainRule {

    @Override
    public boolean isBroken() {
        return atMeeting != null && (atMeeting.equals(meeting) || !bodies.contains(bodyOfAtMeeting));
    }

    @Override
    public String message() {
        if (atMeeting.equals(meeting)) {
            return "Et referat godkendes ikke på sit eget møde. Angiv organets næste møde, eller udelad mødet.";
        }
        return "Det angivne møde er et andet organs møde. Referatet godkendes på et møde i samme organ.";
    }
}
