package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.meeting.AttendanceStatus;

/**
 * Partial attendance names the first and last item a person attended (both inclusive): it applies to those
 * who attend, and the first item must not come after the last in the agenda's order.
 *
 * @param fromPosition the first item's place on the agenda, or -1 (from the start)
 * @param toPosition   the last item's place on the agenda, or -1 (to the end)
 */
record PartialAttendanceFollowsTheAgenda(AttendanceStatus status, int fromPosition, int toPosition)
        implements DomainRule {

    private boolean partial() {
        return fromPosition >= 0 || toPosition >= 0;
    }

    @Override
    public boolean isBroken() {
        if (!partial()) {
            return false;
        }
        boolean attends = status == AttendanceStatus.PRESENT || status == AttendanceStatus.GUEST;
        return !attends || (fromPosition >= 0 && toPosition >= 0 && fromPosition > toPosition);
    }

    @Override
    public String field() {
        return "fromItemId";
    }

    @Override
    public String message() {
        if (status != AttendanceStatus.PRESENT && status != AttendanceStatus.GUEST) {
            return "Delvis deltagelse angives kun for deltagere og gæster.";
        }
        return "Det første punkt, personen deltog i, ligger efter det sidste på dagsordenen. Byt om på dem.";
    }
}
