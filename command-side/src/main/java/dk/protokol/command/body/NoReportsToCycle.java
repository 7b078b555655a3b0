package dk.protokol.command.body;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.BodyId;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * REPORTS_TO forms a hierarchy: a new edge {@code source -> target} must not let the target reach the source
 * again. It spans several bodies, so it is checked against the command side's lookup ({@code reportsTo} gives a
 * body's direct REPORTS_TO targets), not against one aggregate's state.
 */
public record NoReportsToCycle(BodyId source, BodyId target, Function<BodyId, ? extends Collection<BodyId>> reportsTo)
        implements DomainRule {

    @Override
    public boolean isBroken() {
        Set<BodyId> seen = new HashSet<>();
        Deque<BodyId> toVisit = new ArrayDeque<>();
        toVisit.push(target);
        while (!toVisit.isEmpty()) {
            BodyId body = toVisit.pop();
            if (body.equals(source)) {
                return true;
            }
            if (seen.add(body)) {
                reportsTo.apply(body).forEach(toVisit::push);
            }
        }
        return false;
    }

    @Override
    public String message() {
        return "Organet kan ikke rapportere til et organ, der selv rapporterer til det (direkte eller gennem andre "
                + "organer). Det ville give en ring i organisationen.";
    }
}
