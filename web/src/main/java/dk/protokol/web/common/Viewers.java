package dk.protokol.web.common;

import dk.protokol.events.caller.Caller;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.organisation.OrgChart;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Works out the {@link Viewer} of a request, once: who the caller is (the account, the person it acts as and its
 * global roles, from the published language's port {@link Callers}, which infra implements) and, for a linked
 * account only, that person's name and the bodies they hold a role in on today's org chart ({@link FindOrgChart} of
 * the bodies the person sits in and those related to them, one query: the names and organisations the menu and the
 * pages list). The answer is kept as a request attribute, so
 * the layout, the front page and the secretary's and chair's pages share it.
 * <p>
 * The header must not take a page down: when the read side does not answer, the viewer is made without per-body
 * roles ({@link Viewer#rolesKnown()} false). A page that lists "my bodies" asks {@link #withRoles} instead, which
 * lets such a failure through as the page did before.
 * <p>
 * Also a controller argument: a page controller may simply take a {@code Viewer} parameter.
 */
@Component
public class Viewers implements HandlerMethodArgumentResolver {

    static final String ATTRIBUTE = Viewers.class.getName() + ".viewer";

    private static final Logger LOG = LoggerFactory.getLogger(Viewers.class);
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final ObjectProvider<Queries> queries;
    private final Callers callers;

    public Viewers(ObjectProvider<Queries> queries, Callers callers) {
        this.queries = queries;
        this.callers = callers;
    }

    /** The viewer of this request; without per-body roles when the read side did not answer. */
    public Viewer of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Viewer known) {
            return known;
        }
        Viewer viewer = look(callers.current(), false);
        request.setAttribute(ATTRIBUTE, viewer);
        return viewer;
    }

    /**
     * The viewer of this request with the per-body roles: when the first attempt could not read them, the read
     * side is asked again and a failure is thrown, so a page about "my bodies" never says "none" by mistake.
     */
    public Viewer withRoles(HttpServletRequest request) {
        Viewer viewer = of(request);
        if (viewer.linked() && !viewer.rolesKnown()) {
            viewer = look(callers.current(), true);
            request.setAttribute(ATTRIBUTE, viewer);
        }
        return viewer;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Viewer resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        return servletRequest != null ? of(servletRequest) : look(callers.current(), false);
    }

    private Viewer look(Caller caller, boolean strict) {
        if (!caller.signedIn()) {
            return Viewer.SIGNED_OUT;
        }
        String username = caller.username();
        boolean admin = caller.has(GlobalRole.ADMIN);
        boolean evaluator = caller.has(GlobalRole.EVALUATOR);
        Queries gateway = queries.getIfAvailable();
        if (!caller.linked() || gateway == null) {
            UUID person = caller.linked() ? caller.personId().value() : null;
            return new Viewer(username, username, person, admin, evaluator, !caller.linked(), List.of(), List.of());
        }
        UUID person = caller.personId().value();
        OrgChart chart;
        try {
            // only the bodies the person sits in and those they serve: not the whole organisation (issue 15)
            chart = gateway.one(new FindOrgChart(null, null, null, caller.personId()), OrgChart.class);
        } catch (RuntimeException failure) {
            if (strict) {
                throw failure;
            }
            LOG.warn("The org chart could not be read for {}'s menu; shown without per-body roles: {}",
                    username, failure.toString());
            return new Viewer(username, username, person, admin, evaluator, false, List.of(), List.of());
        }
        return fromChart(username, person, admin, evaluator, chart);
    }

    /** The person's name and roles on the chart (today's, as the read side answered it). */
    static Viewer fromChart(String username, UUID person, boolean admin, boolean evaluator, OrgChart chart) {
        Found found = new Found();
        if (chart != null && chart.organisations() != null) {
            for (OrgChart.Organisation organisation : chart.organisations()) {
                collect(organisation.organisation(), organisation.bodies(), person, found);
            }
        }
        // the bodies served (SERVES) by a body the person sits in: its secretariat records for them too (issue 10)
        for (BodyId served : found.served) {
            Viewer.MyBody body = found.bodies.get(served);
            if (body != null && found.secretaryOf.stream().noneMatch(known -> known.id().equals(served))) {
                found.secretaryOf.add(body);
            }
        }
        found.secretaryOf.sort(Comparator.comparing(Viewer.MyBody::organisation,
                        Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(Viewer.MyBody::name));
        // as the read side's list of bodies: Danish order of names, ties broken by id
        Collator danish = Collator.getInstance(DANISH);
        found.chairOf.sort(Comparator.comparing(Viewer.MyBody::name, Comparator.nullsLast(danish::compare))
                .thenComparing(body -> body.id().toString()));
        String name = found.name != null && !found.name.isBlank() ? found.name : username;
        return new Viewer(username, name, person, admin, evaluator, true, found.secretaryOf, found.chairOf,
                found.viceChairOf, found.memberOf);
    }

    private static void collect(String organisation, List<OrgChart.Node> nodes, UUID person, Found found) {
        if (nodes == null) {
            return;
        }
        for (OrgChart.Node node : nodes) {
            Viewer.MyBody body = new Viewer.MyBody(node.id(), node.name(), organisation);
            found.bodies.put(node.id(), body);
            boolean secretary = false;
            boolean sits = false;
            for (OrgChart.Member member : node.members()) {
                if (member.personId() == null || !member.personId().value().equals(person)) {
                    continue;
                }
                if (found.name == null) {
                    found.name = member.name();
                }
                sits = true;
                secretary |= member.role() == MemberRole.SECRETARY;
                if (member.role() == MemberRole.VICE_CHAIR) {
                    found.viceChairOf.add(body);
                } else if (member.role() == MemberRole.MEMBER) {
                    found.memberOf.add(body);
                }
            }
            if (sits && node.relations() != null) {
                node.relations().stream().filter(link -> link.relation() == RelationKind.SERVES)
                        .forEach(link -> found.served.add(link.targetId()));
            }
            if (secretary) {
                found.secretaryOf.add(body);
            }
            // the body's chair as the read side names it (the chair page has always used that one)
            if (node.chair() != null && node.chair().personId() != null
                    && node.chair().personId().value().equals(person)) {
                found.chairOf.add(body);
            }
            collect(organisation, node.children(), person, found);
        }
    }

    private static final class Found {
        private String name;
        private final Map<BodyId, Viewer.MyBody> bodies = new HashMap<>();
        private final Set<BodyId> served = new LinkedHashSet<>();
        private final List<Viewer.MyBody> secretaryOf = new ArrayList<>();
        private final List<Viewer.MyBody> chairOf = new ArrayList<>();
        private final List<Viewer.MyBody> viceChairOf = new ArrayList<>();
        private final List<Viewer.MyBody> memberOf = new ArrayList<>();
    }
}
