package dk.protokol.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;

/** The latest attendance recorded for one person; partial attendance names the first and last item. */
record Attendance(PersonId personId, AttendanceStatus status, PersonId substituteFor, AgendaItemId fromItemId,
                  AgendaItemId toItemId) {

    static Attendance of(AttendanceRecorded event) {
        return new Attendance(event.personId(), event.status(), event.substituteFor(), event.fromItemId(),
                event.toItemId());
    }

    boolean isPresent() {
        return status == AttendanceStatus.PRESENT;
    }
}
