package dk.protokol.infra.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyCadenceChanged;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyMandateChanged;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.SuccessorBodyNamed;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.query.organisation.FindPeople;
import dk.protokol.events.query.organisation.FindPerson;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.organisation.OrganisationQueries;
import dk.protokol.query.organisation.PersonDetail;
import dk.protokol.query.organisation.PersonView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.support.StoreScript;
import dk.protokol.infra.support.StoreScript.Projection;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.organisation.BodyProjection;
import dk.protokol.query.organisation.PersonProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dk.protokol.infra.support.ReadSide.readUpTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The organisation views against the real PostgreSQL: the V3 tables, the live projections in pooled
 * processors, read-your-writes on the JDBC store's tokens, as-of through the JDBC history, and a
 * rebuild that gives byte-identical rows. Events are appended straight to the store, as the aggregates
 * would, with recording times chosen by the test.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = "protokol.read-your-writes.max-wait=5s")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class OrganisationViewsOnPostgresTest {

    record SomethingElseHappened(String what) {
    }

    private static final Instant RECORDED = Instant.parse("2024-03-01T09:00:00Z");
    /** The rows of both views, compared before and after a rebuild. */
    private static final String ROWS = "SELECT 'body' AS view, id, state FROM body_view UNION ALL "
            + "SELECT 'person', id, state FROM person_view ORDER BY 1, 2";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc http;

    private final BodyId bps = BodyId.random();
    private final BodyId fku = BodyId.random();
    private final PersonId mayor = PersonId.random();
    private final PersonId director = PersonId.random();

    private StoreScript store;

    @BeforeEach
    void writeToTheStore() {
        store = new StoreScript(context, RECORDED);
    }

    @Test
    void viewsFollowTheStoreAnswerAsOfAndRebuildIdentically() throws Exception {
        append(0, new PersonRegistered(mayor, "Bo Borgmester", null, null, "Vejle Kommune"));
        append(1, new PersonRegistered(director, "Dorte Direktør", null, null, "Vejle Kommune"));
        append(2, new BodyEstablished(bps, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle",
                null, null, 4, null, LocalDate.of(2020, 1, 1)));
        append(3, new BodyEstablished(fku, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle",
                bps, null, 4, null, LocalDate.of(2020, 1, 1)));
        append(4, new BodyRelationDeclared(fku, bps, RelationKind.PREPARES_FOR));
        append(5, new MemberAppointed(bps, mayor, MemberRole.CHAIR, "Vejle Kommune", LocalDate.of(2020, 1, 1)));
        append(6, new MemberAppointed(bps, director, MemberRole.MEMBER, null, LocalDate.of(2020, 1, 1)));
        append(7, new MemberRoleChanged(bps, mayor, MemberRole.MEMBER, LocalDate.of(2022, 3, 1)));
        append(8, new MemberRoleChanged(bps, director, MemberRole.CHAIR, LocalDate.of(2022, 3, 1)));
        // the last events are of a kind neither view handles: their positions must still be reached
        append(9, new SomethingElseHappened("a"));
        long head = append(10, new SomethingElseHappened("b"));

        readUpTo(http, head, "medlem", get("/api/bodies/{id}", bps).param("on", "2022-03-01"))
                .andExpect(jsonPath("$.name").value("Boligpolitisk Styregruppe"))
                .andExpect(jsonPath("$.chair.name").value("Dorte Direktør"))
                .andExpect(jsonPath("$.members", hasSize(2)))
                .andExpect(jsonPath("$.members[1].name").value("Bo Borgmester"))
                .andExpect(jsonPath("$.members[1].role").value("MEMBER"));

        http.perform(get("/api/bodies/{id}", bps).param("on", "2022-03-01")
                        .param("asOf", RECORDED.plusSeconds(7).toString()).with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chair").doesNotExist())
                .andExpect(jsonPath("$.members[*].role").value(everyItem(
                        is("MEMBER"))));
        http.perform(get("/api/bodies/{id}", bps).param("on", "2022-03-01")
                        .param("asOf", RECORDED.plusSeconds(6).toString()).with(user("medlem")))
                .andExpect(jsonPath("$.chair.name").value("Bo Borgmester"));

        http.perform(get("/api/org-chart").param("organisation", "BolivVejle").param("on", "2022-03-01")
                        .with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisations[0].bodies[0].children[0].name")
                        .value("Forum for Koordination og Udvikling"))
                .andExpect(jsonPath("$.organisations[0].bodies[0].children[0].relations[0].targetName")
                        .value("Boligpolitisk Styregruppe"));

        http.perform(get("/api/bodies").param("on", "2021-01-01").with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].chair.name").value("Bo Borgmester"));

        http.perform(get("/api/bodies/{id}", UUID.randomUUID()).with(user("medlem")))
                .andExpect(status().isNotFound());

        store.rebuildsIdentically(ROWS, head, new Projection(BodyProjection.PROCESSING_GROUP, "body_view"),
                new Projection(PersonProjection.PROCESSING_GROUP, "person_view"));
    }

    @Test
    void aBodysChangesFromADateAreShownOnThatDayAsOfAndRebuildIdentically() throws Exception {
        BodyId board = BodyId.random();
        BodyId group = BodyId.random();
        LocalDate start = LocalDate.of(2030, 1, 1);
        append(20, new BodyEstablished(board, "Bestyrelsen", BodyKind.BOARD, "ByLivKolding", null, null, null,
                null, start));
        append(21, new BodyEstablished(group, "Følgegruppe Sundhed", BodyKind.FOLLOW_UP_GROUP, "ByLivKolding",
                board, null, 2, 3, start));
        append(22, new BodyRelationDeclared(group, board, RelationKind.REPORTS_TO));
        append(23, new BodyRenamed(group, "Følgegruppe Sundhed og Bevægelse", LocalDate.of(2031, 1, 1)));
        append(24, new BodyQuorumChanged(group, null, LocalDate.of(2031, 1, 1)));
        append(25, new BodyCadenceChanged(group, 4, LocalDate.of(2031, 1, 1)));
        append(26, new BodyMandateChanged(group, "Følger sundhedsindsatsen", LocalDate.of(2031, 1, 1)));
        append(27, new BodyRelationEnded(group, board, RelationKind.REPORTS_TO, LocalDate.of(2031, 6, 1)));
        append(28, new BodyDissolved(group, LocalDate.of(2032, 1, 1), "Lagt sammen med bestyrelsen"));
        long head = append(29, new SuccessorBodyNamed(group, board, LocalDate.of(2032, 1, 1)));

        readUpTo(http, head, "medlem", get("/api/bodies/{id}", group).param("on", "2030-12-31"))
                .andExpect(jsonPath("$.name").value("Følgegruppe Sundhed"))
                .andExpect(jsonPath("$.quorum").value(3))
                .andExpect(jsonPath("$.meetingsPerYear").value(2))
                .andExpect(jsonPath("$.relations[0].targetName").value("Bestyrelsen"));
        http.perform(get("/api/bodies/{id}", group).param("on", "2031-06-01").with(user("medlem")))
                .andExpect(jsonPath("$.name").value("Følgegruppe Sundhed og Bevægelse"))
                .andExpect(jsonPath("$.quorum").doesNotExist())
                .andExpect(jsonPath("$.meetingsPerYear").value(4))
                .andExpect(jsonPath("$.mandate").value("Følger sundhedsindsatsen"))
                .andExpect(jsonPath("$.relations", hasSize(0)))
                .andExpect(jsonPath("$.successor.name").value("Bestyrelsen"));
        http.perform(get("/api/org-chart").param("organisation", "ByLivKolding").param("on", "2031-05-31")
                        .with(user("medlem")))
                .andExpect(jsonPath("$.organisations[0].bodies[0].children[0].name")
                        .value("Følgegruppe Sundhed og Bevægelse"))
                .andExpect(jsonPath("$.organisations[0].bodies[0].children[0].relations[0].relation")
                        .value("REPORTS_TO"));
        // as recorded before the rename: the old name on the later day
        http.perform(get("/api/org-chart").param("organisation", "ByLivKolding").param("on", "2031-05-31")
                        .param("asOf", RECORDED.plusSeconds(22).toString()).with(user("medlem")))
                .andExpect(jsonPath("$.organisations[0].bodies[0].children[0].name").value("Følgegruppe Sundhed"));

        store.rebuildsIdentically(ROWS, head, new Projection(BodyProjection.PROCESSING_GROUP, "body_view"),
                new Projection(PersonProjection.PROCESSING_GROUP, "person_view"));
    }

    /**
     * The people of the administrator's pages, asked as the pages ask (Axon's query gateway): everyone registered
     * with their latest details, seated or not, and one person with the seats of a day; as-of from the store.
     */
    @Test
    void thePeopleQueriesAnswerFromThePeopleViewAndAsOf() {
        PersonId clerk = PersonId.random();
        PersonId unseated = PersonId.random();
        BodyId group = BodyId.random();
        append(40, new PersonRegistered(clerk, "Kirsten Kontorfuldmægtig", "kirsten@example.org", null, "Domea"));
        append(41, new PersonRegistered(unseated, "Ulrik Udenfor", null, "75 00 00 00", null));
        append(42, new BodyEstablished(group, "Arbejdsgruppe Trivsel", BodyKind.WORKING_GROUP, "BolivVejle", null,
                null, null, null, LocalDate.of(2025, 1, 1)));
        append(43, new MemberAppointed(group, clerk, MemberRole.SECRETARY, "Domea", LocalDate.of(2025, 2, 1)));
        long head = append(44, new PersonDetailsChanged(clerk, "Kirsten Kontorchef", "kirsten@example.org",
                "75 11 11 11", "Domea"));
        assertThat(context.getBean(ReadYourWrites.class).await(head, OrganisationQueries.PROCESSING_GROUPS))
                .isTrue();
        QueryGateway gateway = context.getBean(QueryGateway.class);

        List<PersonView> people = gateway.query(new FindPeople(null), ResponseTypes.multipleInstancesOf(
                PersonView.class)).join();
        assertThat(people).filteredOn(person -> Set.of(clerk, unseated).contains(person.id()))
                .extracting(PersonView::name, PersonView::phone)
                .containsExactly(tuple("Kirsten Kontorchef", "75 11 11 11"), tuple("Ulrik Udenfor", "75 00 00 00"));

        PersonDetail detail = gateway.query(new FindPerson(clerk, LocalDate.of(2025, 2, 1), null),
                ResponseTypes.instanceOf(PersonDetail.class)).join();
        assertThat(detail.email()).isEqualTo("kirsten@example.org");
        assertThat(detail.seats()).extracting(PersonDetail.BodySeat::bodyName, PersonDetail.BodySeat::role,
                PersonDetail.BodySeat::representing)
                .containsExactly(tuple("Arbejdsgruppe Trivsel", MemberRole.SECRETARY, "Domea"));
        assertThat(gateway.query(new FindPerson(clerk, LocalDate.of(2025, 1, 31), null),
                ResponseTypes.instanceOf(PersonDetail.class)).join().seats()).isEmpty();

        PersonDetail asRegistered = gateway.query(new FindPerson(clerk, LocalDate.of(2025, 2, 1),
                RECORDED.plusSeconds(43)), ResponseTypes.instanceOf(PersonDetail.class)).join();
        assertThat(asRegistered.name()).isEqualTo("Kirsten Kontorfuldmægtig");
        assertThat(asRegistered.seats()).hasSize(1);
        assertThat(gateway.query(new FindPerson(PersonId.random(), null, null),
                ResponseTypes.instanceOf(PersonDetail.class)))
                .failsWithin(Duration.ofSeconds(5)).withThrowableThat().withCauseInstanceOf(NotFound.class);
    }

    @Test
    void aPositionNotReachedInTimeIsAnsweredStale() throws Exception {
        long head = append(0, new PersonRegistered(mayor, "Bo Borgmester", null, null, null));

        http.perform(get("/api/bodies").param("minPosition", "" + (head + 1000)).with(user("medlem")))
                .andExpect(status().isOk())
                .andExpect(header().string(ReadYourWrites.STALE_HEADER, "true"));
    }

    /** Appends one event as its aggregate would, recorded {@code second} seconds after {@link #RECORDED}. */
    private long append(int second, Object payload) {
        return store.appendAt(second, Map.of(), payload);
    }
}
