package dk.protokol.web.home;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.query.actions.ActionFilter;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.web.common.Queries;
import dk.protokol.web.common.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The front page: greets the signed-in person and lists "Dit arbejde", one entry per role the person holds
 * (secretary, chair, member with actions, evaluator), each leading to its page with a line about what is
 * waiting there; the generic pages below. The counts are the same questions the role's own page asks, one per
 * body; when the read side cannot answer them the entries are shown without counts.
 */
@Controller
class HomeController {

    private static final Logger LOG = LoggerFactory.getLogger(HomeController.class);

    private final ObjectProvider<Queries> queries;

    HomeController(ObjectProvider<Queries> queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        model.addAttribute("work", workOf(viewer));
        return "home";
    }

    /** The viewer's entries, in the menu's order. */
    List<Work> workOf(Viewer viewer) {
        List<Work> work = new ArrayList<>();
        if (!viewer.signedIn()) {
            return work;
        }
        Counter counter = new Counter(queries.getIfAvailable());
        if (viewer.showsSecretary()) {
            work.add(viewer.isSecretary() ? counter.secretary(viewer.secretaryOf()) : Work.of(Work.SECRETARY));
        }
        if (viewer.showsChair()) {
            work.add(viewer.isChair() ? counter.chair(viewer.chairOf()) : Work.of(Work.CHAIR));
        }
        if (viewer.showsMyActions()) {
            work.add(counter.member(PersonId.of(viewer.personId())));
        }
        if (viewer.showsEvaluation()) {
            work.add(Work.of(Work.EVALUATOR));
        }
        return work;
    }

    /**
     * One entry of "Dit arbejde": which role ({@code kind}, also the key of its texts {@code home.work.<kind>.*}),
     * the page it leads to, and up to two counts for its line (null: not known).
     */
    record Work(String kind, String path, Long first, Long second) {

        static final String SECRETARY = "secretary";
        static final String CHAIR = "chair";
        static final String MEMBER = "member";
        static final String EVALUATOR = "evaluator";

        private static final Map<String, String> PATHS = Map.of(SECRETARY, "/sekretaer", CHAIR, "/formand",
                MEMBER, "/mine-handlinger", EVALUATOR, "/evaluering");

        static Work of(String kind) {
            return new Work(kind, PATHS.get(kind), null, null);
        }

        static Work of(String kind, long first, long second) {
            return new Work(kind, PATHS.get(kind), first, second);
        }

        public boolean counted() {
            return first != null && second != null;
        }
    }

    /** Asks the read side for the counts, each body's meetings once; a failure leaves the counts out. */
    private static final class Counter {

        private final Queries queries;
        private final Map<BodyId, List<MeetingSummary>> meetings = new HashMap<>();

        Counter(Queries queries) {
            this.queries = queries;
        }

        /** Coming meetings, and held meetings whose minutes are still to be circulated. */
        Work secretary(List<Viewer.MyBody> bodies) {
            try {
                long coming = 0;
                long toCirculate = 0;
                for (Viewer.MyBody body : bodies) {
                    for (MeetingSummary meeting : meetingsOf(body.id())) {
                        coming += meeting.status().isComing() ? 1 : 0;
                        toCirculate += meeting.status() == MeetingStatus.CLOSED ? 1 : 0;
                    }
                }
                return Work.of(Work.SECRETARY, coming, toCirculate);
            } catch (RuntimeException failure) {
                return uncounted(Work.SECRETARY, failure);
            }
        }

        /** Circulated minutes waiting for approval, and overdue open actions of the chaired bodies. */
        Work chair(List<Viewer.MyBody> bodies) {
            try {
                long waiting = 0;
                long overdue = 0;
                for (Viewer.MyBody body : bodies) {
                    waiting += meetingsOf(body.id()).stream()
                            .filter(meeting -> meeting.status() == MeetingStatus.MINUTES_CIRCULATED).count();
                    overdue += actions(new ActionFilter(ActionStatus.OPEN, body.id(), null, true, null, null)).size();
                }
                return Work.of(Work.CHAIR, waiting, overdue);
            } catch (RuntimeException failure) {
                return uncounted(Work.CHAIR, failure);
            }
        }

        /** The person's open actions, and how many of them are overdue. */
        Work member(PersonId person) {
            try {
                List<ActionSummary> open = actions(new ActionFilter(ActionStatus.OPEN, null, person, null, null, null));
                return Work.of(Work.MEMBER, open.size(), open.stream().filter(ActionSummary::overdue).count());
            } catch (RuntimeException failure) {
                return uncounted(Work.MEMBER, failure);
            }
        }

        private List<MeetingSummary> meetingsOf(BodyId body) {
            List<MeetingSummary> known = meetings.get(body);
            if (known == null) {
                known = need().list(new FindMeetings(body, null, null), MeetingSummary.class);
                meetings.put(body, known);
            }
            return known;
        }

        private List<ActionSummary> actions(ActionFilter filter) {
            return need().list(new FindActions(filter, null), ActionSummary.class);
        }

        private Queries need() {
            if (queries == null) {
                throw new IllegalStateException("no read side to ask");
            }
            return queries;
        }

        private static Work uncounted(String kind, RuntimeException failure) {
            LOG.warn("The front page's counts for {} could not be read; shown without them: {}", kind,
                    failure.toString());
            return Work.of(kind);
        }
    }
}
