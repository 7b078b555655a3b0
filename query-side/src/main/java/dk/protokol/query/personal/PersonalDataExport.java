package dk.protokol.query.personal;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything stored about one person (GDPR Art. 15, {@code GET /api/people/{id}/data}): their details as read
 * through the personal-data port (none once erased), their memberships with every role period, the meetings whose
 * attendance names them, the remarks recorded for them and the actions they own.
 */
public record PersonalDataExport(PersonId personId, Details details, List<Seat> memberships,
                                 List<Attendance> attendance, List<Remark> remarks, List<OwnedAction> actionsOwned) {

    public PersonalDataExport {
        memberships = List.copyOf(memberships);
        attendance = List.copyOf(attendance);
        remarks = List.copyOf(remarks);
        actionsOwned = List.copyOf(actionsOwned);
    }

    /** {@code erased}: the person's data was erased; {@code name} is then "Slettet person" and nothing else is kept. */
    public record Details(String name, String email, String phone, String organisation, boolean erased) {
    }

    public record Seat(BodyId bodyId, String bodyName, String representing, LocalDate from, LocalDate to,
                       List<Role> roles) {
    }

    public record Role(MemberRole role, LocalDate from, LocalDate to) {
    }

    /** The attendance as last recorded for the meeting. */
    public record Attendance(MeetingId meetingId, BodyId bodyId, String bodyName, LocalDateTime start,
                             AttendanceStatus status, PersonId substituteFor, String note) {
    }

    public record Remark(MeetingId meetingId, DecisionId decisionId, String text) {
    }

    public record OwnedAction(ActionId actionId, BodyId bodyId, MeetingId meetingId, String description,
                              LocalDate dueDate, ActionStatus status) {
    }
}
