package dk.protokol.events.caller;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;

/**
 * Port: typed questions to the access policy about the current caller, for code that decides before it acts (a
 * page that answers a refused save with the page and what was typed, not an error page). The policy answers them
 * exactly as it answers method security's {@code @accessPolicy.canRecordFor(authentication, #bodyId)}; infra's
 * policy bean implements both.
 */
public interface CallerAccess {

    /** May the caller schedule meetings and record minutes for the body (its secretary, or an administrator)? */
    boolean canRecordFor(BodyId body);

    /** May the caller record the meeting's agenda, attendance and minutes (its body's secretary, an administrator)? */
    boolean canRecordForMeeting(MeetingId meeting);

    /**
     * Which bodies' meetings, minutes, decisions, actions and cases the caller may read (the read side's handlers ask
     * before they answer, so that the pages and the API read alike): evaluators and administrators everything,
     * others the bodies they sit in today and those these serve.
     */
    Readable readable();
}
