package dk.protokol.events.meeting;

/**
 * What kind of meeting it is: an ordinary or extraordinary meeting of the body, or a workshop, seminar or dialogue
 * meeting (DOMAIN.md, "Around the meeting"). Meetings scheduled before kinds existed are ordinary.
 */
public enum MeetingKind {
    ORDINARY,
    EXTRAORDINARY,
    WORKSHOP,
    SEMINAR,
    DIALOGUE
}
