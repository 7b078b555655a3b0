package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.AgendaItemId;

import java.util.HashSet;
import java.util.List;

/**
 * A new order names every item on the agenda (not the withdrawn ones) exactly once, so that no item is lost
 * or counted twice by a page that had an old agenda.
 */
record ReorderListsEveryItemOnce(List<AgendaItemId> requested, List<AgendaItemId> onTheAgenda)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        return requested.size() != onTheAgenda.size() || new HashSet<>(requested).size() != requested.size()
                || !new HashSet<>(requested).equals(new HashSet<>(onTheAgenda));
    }

    @Override
    public String message() {
        return "Den nye rækkefølge skal indeholde hvert punkt på dagsordenen præcis én gang (" + onTheAgenda.size()
                + " punkter; punkter, der er taget af dagsordenen, tælles ikke med). Hent dagsordenen igen og "
                + "prøv igen.";
    }
}
