package dk.protokol.events.query.actions;

import dk.protokol.events.ids.ActionId;

import java.time.Instant;

/**
 * The action list filtered by {@code filter} on its day (today when null), as known at {@code asOf} (now when null).
 * With {@code limit} (issue 15) at most that many lines, in the list's order, starting after the action {@code after}
 * (the last line of the page before; from the start when null): a page of the list. Without: the whole list.
 */
public record FindActions(ActionFilter filter, Instant asOf, Integer limit, ActionId after) {

    public FindActions(ActionFilter filter, Instant asOf) {
        this(filter, asOf, null, null);
    }
}
