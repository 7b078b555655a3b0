package dk.protokol.events.caller;

import dk.protokol.events.ids.BodyId;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * What the caller may read of the bodies' meetings, minutes, decisions, actions and cases: everything (an evaluator,
 * an administrator), or the bodies named — those the caller sits in and those they serve (the secretariat). The
 * organisation itself (bodies, members, chart) is open to every signed-in user and is not limited by it.
 */
public record Readable(boolean everything, Set<BodyId> bodies) {

    public static final Readable EVERYTHING = new Readable(true, Set.of());
    public static final Readable NOTHING = new Readable(false, Set.of());

    public Readable {
        bodies = Set.copyOf(bodies);
    }

    public static Readable bodies(Collection<BodyId> bodies) {
        return new Readable(false, Set.copyOf(bodies));
    }

    public boolean body(BodyId body) {
        return everything || body != null && bodies.contains(body);
    }

    /** Whether any of the bodies is readable (a meeting held jointly is read by the readers of each of its bodies). */
    public boolean anyOf(Collection<BodyId> of) {
        return everything || of.stream().filter(Objects::nonNull).anyMatch(bodies::contains);
    }
}
