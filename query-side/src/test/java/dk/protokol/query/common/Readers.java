package dk.protokol.query.common;

import dk.protokol.events.caller.Caller;
import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.caller.Readable;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.util.Set;

/** {@link ReadAccess} as a test arranges it: a caller (a person, or none) who reads the bodies given. */
public final class Readers {

    private Readers() {
    }

    /** An evaluator: reads everything. */
    public static ReadAccess everything() {
        return of(Readable.EVERYTHING, null);
    }

    public static ReadAccess of(Readable readable, PersonId me) {
        CallerAccess access = new CallerAccess() {
            @Override
            public boolean canRecordFor(BodyId body) {
                return false;
            }

            @Override
            public boolean canRecordForMeeting(MeetingId meeting) {
                return false;
            }

            @Override
            public Readable readable() {
                return readable;
            }
        };
        Callers callers = new Callers() {
            @Override
            public Caller current() {
                return new Caller("test", me, Set.of());
            }

            @Override
            public Set<MemberRole> rolesIn(BodyId body, LocalDate on) {
                return Set.of();
            }
        };
        return new ReadAccess(access, callers);
    }
}
