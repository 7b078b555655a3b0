package dk.protokol.command.common;

import dk.protokol.command.body.JdbcOrganisationLookup;
import dk.protokol.command.body.OrgLookupRebuilder;
import dk.protokol.command.body.OrgLookupUpdater;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.command.meeting.JdbcMeetingLookup;
import dk.protokol.command.meeting.JdbcReferralLookup;
import dk.protokol.command.meeting.MeetingLookup;
import dk.protokol.command.meeting.MeetingLookupUpdater;
import dk.protokol.command.meeting.ReferralLookup;
import dk.protokol.command.meeting.ReferralLookupUpdater;
import dk.protokol.command.action.ActionItemOpener;
import dk.protokol.command.action.ActionLookupUpdater;
import dk.protokol.command.action.ActionOpeningConfiguration;
import dk.protokol.command.action.JdbcActionLookup;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.personal.PersonalData;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The whole command side as the application wires it, on H2 in PostgreSQL mode with infra's real migrations:
 * every aggregate, the JDBC event store under Spring transactions, the lookups' subscribing group "org-lookup"
 * and the subscribing "action-opening" group, both with failures propagating. Tests may hand the aggregates a
 * different organisation or referral lookup than the one the updaters write, to act out a race with another node.
 */
public final class AxonOnH2 implements AutoCloseable {

    private static final Path MIGRATIONS = Path.of("../infra/src/main/resources/db/migration");
    private static final String[] SCRIPTS = {"V1__event_store.sql", "V2__command_lookups.sql",
            "V5__meeting_lookups.sql", "V9__action_lookups.sql", "V11__joint_meetings.sql",
            "V12__body_quorum_history.sql", "V13__person_key.sql"};

    public final DataSourceTransactionManager transactions;
    public final JdbcTemplate jdbc;
    public final JdbcOrganisationLookup organisation;
    public final JdbcMeetingLookup meetings;
    public final JdbcActionLookup actions;
    public final JdbcReferralLookup referrals;
    public final Configuration axon;
    public final CommandGateway commands;
    public final InMemoryPersonalData personalData = new InMemoryPersonalData();

    /** The whole command side, its aggregates seeing the lookups the updaters write. */
    public AxonOnH2(Clock clock) throws ClassNotFoundException {
        this(clock, null, null);
    }

    /** The whole command side, its aggregates seeing {@code referralsSeenByAggregates} (null: the real one). */
    public AxonOnH2(Clock clock, ReferralLookup referralsSeenByAggregates) throws ClassNotFoundException {
        this(clock, null, referralsSeenByAggregates);
    }

    /** The whole command side, its aggregates seeing the given lookups (null: the real one). */
    public AxonOnH2(Clock clock, OrganisationLookup organisationSeenByAggregates,
                    ReferralLookup referralsSeenByAggregates) throws ClassNotFoundException {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        ResourceDatabasePopulator migrations = new ResourceDatabasePopulator();
        for (String script : SCRIPTS) {
            migrations.addScript(new FileSystemResource(MIGRATIONS.resolve(script)));
        }
        migrations.execute(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        organisation = new JdbcOrganisationLookup(jdbc);
        meetings = new JdbcMeetingLookup(jdbc);
        actions = new JdbcActionLookup(jdbc);
        referrals = new JdbcReferralLookup(jdbc);
        OrganisationLookup organisationForAggregates = organisationSeenByAggregates == null ? organisation
                : organisationSeenByAggregates;
        ReferralLookup referralsForAggregates = referralsSeenByAggregates == null ? referrals
                : referralsSeenByAggregates;

        SpringTransactionManager axonTransactions = new SpringTransactionManager(transactions);
        Serializer serializer = JacksonSerializer.builder().objectMapper(EventJson.newMapper()).build();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> axonTransactions)
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                        .transactionManager(axonTransactions)
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .schema(eventSchema())
                        .dataType(byte[].class)
                        .build())
                // the aggregates are package-private in their own packages, as they should be
                .configureAggregate(Class.forName("dk.protokol.command.body.Body"))
                .configureAggregate(Class.forName("dk.protokol.command.person.Person"))
                .configureAggregate(Class.forName("dk.protokol.command.meeting.Meeting"))
                .configureAggregate(Class.forName("dk.protokol.command.action.ActionItem"))
                .registerComponent(OrganisationLookup.class, c -> organisationForAggregates)
                .registerComponent(MeetingLookup.class, c -> meetings)
                .registerComponent(ReferralLookup.class, c -> referralsForAggregates)
                .registerComponent(Clock.class, c -> clock)
                .registerComponent(PersonalData.class, c -> personalData);
        configurer.eventProcessing()
                .registerSubscribingEventProcessor(LookupRecorder.PROCESSING_GROUP)
                .registerEventHandler(c -> new OrgLookupUpdater(organisation))
                .registerEventHandler(c -> new MeetingLookupUpdater(meetings))
                .registerEventHandler(c -> new ActionLookupUpdater(actions))
                .registerEventHandler(c -> new ReferralLookupUpdater(referrals))
                .registerSubscribingEventProcessor(ActionItemOpener.PROCESSING_GROUP)
                .registerEventHandler(c -> new ActionItemOpener(meetings, c.commandGateway()));
        new OrgLookupConfiguration().orgLookupPropagatesFailures().configureModule(configurer);
        new ActionOpeningConfiguration().actionOpeningPropagatesFailures().configureModule(configurer);
        axon = configurer.start();
        commands = axon.commandGateway();
    }

    /** Every lookup, as the application's rebuilder refills them. */
    public OrgLookupRebuilder rebuilder() {
        return new OrgLookupRebuilder(axon.eventStore(), organisation,
                List.of(new OrgLookupUpdater(organisation), new MeetingLookupUpdater(meetings),
                        new ActionLookupUpdater(actions), new ReferralLookupUpdater(referrals)), transactions);
    }

    public int eventsOf(Object aggregateId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, aggregateId.toString());
    }

    public List<String> payloadTypesOf(Object aggregateId) {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", String.class, aggregateId.toString()).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    @Override
    public void close() {
        axon.shutdown();
        jdbc.execute("SHUTDOWN");
    }

    private static EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier").sequenceNumberColumn("sequence_number")
                .typeColumn("type").timestampColumn("time_stamp").payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision").payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }
}
