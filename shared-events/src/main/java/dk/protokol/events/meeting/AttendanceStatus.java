package dk.protokol.events.meeting;

/** Attendance: deltager, afbud, fraværende uden afbud, gæst. */
public enum AttendanceStatus {
    PRESENT,
    APOLOGIES,
    ABSENT,
    GUEST
}
