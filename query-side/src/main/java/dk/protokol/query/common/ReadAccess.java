package dk.protokol.query.common;

import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.caller.Readable;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads are authorised per body, like writes (DESIGN.md "Security"): the read side's handlers ask here before they
 * answer, so that the pages (through the query gateway) and the API read alike. A body's meetings, minutes,
 * decisions, actions and cases are read by those who sit in it today, by the bodies serving it (the secretariat),
 * and by evaluators and administrators ({@link Readable}, the access policy's answer); a meeting held jointly by
 * those of each of its bodies; an action also by its owner. A single thing not readable is refused (403), a list
 * holds only what is.
 */
@Component
public class ReadAccess {

    static final String REFUSED = "Du har ikke adgang til dette organs møder, referater og handlinger.";

    private final CallerAccess access;
    private final Callers callers;

    public ReadAccess(CallerAccess access, Callers callers) {
        this.access = access;
        this.callers = callers;
    }

    public Readable readable() {
        return access.readable();
    }

    /** The person the caller acts as, if any (an action is read by its owner too). */
    public Optional<PersonId> me() {
        return callers.current().person();
    }

    /** Refuses (403) unless the body is readable; no body (a list of all), nothing to refuse. */
    public void requireBody(BodyId body) {
        if (body != null && !readable().body(body)) {
            throw new AccessDeniedException(REFUSED);
        }
    }

    /** Refuses (403) unless one of the bodies (those holding a meeting) is readable. */
    public void requireAnyOf(Collection<BodyId> bodies) {
        if (!readable().anyOf(bodies)) {
            throw new AccessDeniedException(REFUSED);
        }
    }

    /** Refuses (403) an action neither of a readable body nor owned by the caller. */
    public void requireAction(BodyId body, PersonId owner) {
        if (!readsAction(readable(), body, owner)) {
            throw new AccessDeniedException(REFUSED);
        }
    }

    /** The readable ones of a list, each held by the bodies {@code bodiesOf} names (in order). */
    public <T> List<T> filter(List<T> all, Function<T, Collection<BodyId>> bodiesOf) {
        Readable readable = readable();
        return readable.everything() ? all : all.stream().filter(item -> readable.anyOf(bodiesOf.apply(item))).toList();
    }

    /** The readable actions of a list: of a readable body, or owned by the caller. */
    public <T> List<T> filterActions(List<T> all, Function<T, BodyId> bodyOf, Function<T, PersonId> ownerOf) {
        Readable readable = readable();
        if (readable.everything()) {
            return all;
        }
        Optional<PersonId> me = callers.current().person();
        return all.stream().filter(item -> readable.body(bodyOf.apply(item))
                || me.isPresent() && me.get().equals(ownerOf.apply(item))).toList();
    }

    private boolean readsAction(Readable readable, BodyId body, PersonId owner) {
        return readable.body(body) || owner != null && callers.current().person().map(owner::equals).orElse(false);
    }
}
