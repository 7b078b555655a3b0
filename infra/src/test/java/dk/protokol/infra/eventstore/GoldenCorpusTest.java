package dk.protokol.infra.eventstore;

import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.organisation.BodyEvent;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import dk.protokol.events.operations.OperationEvent;
import dk.protokol.events.mail.NotificationEvent;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.personal.PersonalData;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.eventstore.GoldenCorpus.StoredForm;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Schema evolution (DESIGN.md principle 2, issue 12 item 8): every stored form in the golden corpus — every event
 * class, every revision the store can hold, as the event serializer wrote it — is read back the way the storage
 * engine and the as-of replay ({@link JdbcEventHistory}) read a row: Axon's event serializer and the application
 * configuration's upcaster chain ({@link EventStreamUtils#upcastAndDeserializeDomainEvents}), into today's event
 * class with the values it was written with. The corpus is never written here (see {@link GoldenCorpusGenerator}).
 * <p>An event class without the stored form of its current {@code @Revision} fails {@link #everyEventClassHasTheStoredFormOfItsCurrentRevision},
 * so whoever bumps a revision adds its stored form; a current revision whose shape changed without a new revision
 * fails {@link #theCurrentRevisionOfEachEventIsStillWrittenAsInTheCorpus}.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = {"protokol.demo-data=false",
        "spring.datasource.url=jdbc:h2:mem:golden-corpus;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
class GoldenCorpusTest {

    static final List<StoredForm> CORPUS = GoldenCorpus.read();
    static final Instant RECORDED_AT = Instant.parse("2026-03-10T15:45:00Z");
    static final byte[] META_DATA = "{\"userId\":\"sekretaer\",\"correlationId\":\"golden-corpus\"}"
            .getBytes(StandardCharsets.UTF_8);
    static final String HOW_TO = " (docs/TEAM-NOTES.md, \"How to change an event\": add its entry to GoldenEvents "
            + "and write its stored form once with GoldenCorpusGenerator)";

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;
    @Autowired
    Configuration axon;
    @Autowired
    Collection<EventUpcaster> upcasters;
    @Autowired
    PersonalData personalData;
    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> everyStoredFormReadsAsTheEventItWasWrittenFor() {
        assertThat(CORPUS).as("the golden corpus on the class path").isNotEmpty();
        return CORPUS.stream().map(form -> DynamicTest.dynamicTest(form.toString(), () -> {
            GoldenEvents.Entry entry = GoldenEvents.find(form.payloadType(), form.revision())
                    .orElseThrow(() -> new AssertionError("No expected event for " + form + HOW_TO));
            assertThat(form.name()).isEqualTo(entry.type().getSimpleName());
            assertThat(form.aggregateType()).isEqualTo(entry.aggregateType());

            assertThat(upcastThroughTheChain(form))
                    .as("%s is upcast to the current revision of %s", form, entry.type().getSimpleName())
                    .extracting(SerializedType::getName, SerializedType::getRevision)
                    .containsExactly(entry.type().getName(), GoldenCorpus.currentRevision(entry.type()));
            DomainEventMessage<?> message = readBack(form);
            assertThat(message.getPayload()).isInstanceOf(entry.type()).isEqualTo(entry.expected());
            assertThat(message.getMetaData()).containsEntry("userId", "sekretaer");
        }));
    }

    @Test
    void everyEventClassHasTheStoredFormOfItsCurrentRevision() {
        List<Class<?>> events = eventClasses();
        // the scan finds at least every event the aggregates' sealed interfaces permit
        for (Class<?> sealed : List.of(MeetingEvent.class, BodyEvent.class, PersonEvent.class,
                ActionItemEvent.class, OperationEvent.class, NotificationEvent.class)) {
            assertThat(events).contains(sealed.getPermittedSubclasses());
        }
        Set<String> missing = new TreeSet<>();
        for (Class<?> event : events) {
            String revision = GoldenCorpus.currentRevision(event);
            assertThat(revision).as("%s has an @Revision", event.getName()).isNotNull();
            boolean stored = CORPUS.stream().anyMatch(form -> form.payloadType().equals(event.getName())
                    && form.revision().equals(revision));
            if (!stored) {
                missing.add(event.getSimpleName() + " revision " + revision);
            }
        }
        if (!missing.isEmpty()) {
            fail("The golden corpus has no stored form of " + String.join(", ", missing) + HOW_TO);
        }
    }

    @Test
    void theCurrentRevisionOfEachEventIsStillWrittenAsInTheCorpus() {
        List<String> changed = new ArrayList<>();
        for (StoredForm form : CORPUS) {
            GoldenEvents.Entry entry = GoldenEvents.find(form.payloadType(), form.revision()).orElseThrow();
            if (!form.revision().equals(GoldenCorpus.currentRevision(entry.type()))) {
                continue;
            }
            String written = new String(serializer.serialize(entry.expected(), byte[].class).getData(),
                    StandardCharsets.UTF_8);
            if (!written.equals(new String(form.payload(), StandardCharsets.UTF_8))) {
                changed.add(form + " is now written as " + written);
            }
        }
        assertThat(changed)
                .as("A released event never changes shape: give it a new @Revision and an upcaster instead")
                .isEmpty();
    }

    @Test
    void everyUpcasterOfTheConfigurationHasAnOlderRevisionGoingThroughIt() {
        assertThat(upcasters).isNotEmpty();
        for (EventUpcaster upcaster : upcasters) {
            List<StoredForm> through = CORPUS.stream().filter(form -> {
                SerializedType before = stored(form).getType();
                return upcaster.upcast(Stream.of(stored(form))).map(IntermediateEventRepresentation::getType)
                        .anyMatch(after -> !after.equals(before));
            }).toList();
            assertThat(through).as("stored forms %s upcasts", upcaster.getClass().getSimpleName()).isNotEmpty();
        }
    }

    @Test
    void personalDataOfBothRevisionsRevealsThroughThePort() {
        jdbc.update("INSERT INTO person_key (person_id, key_bytes, created_at) VALUES (?, ?, ?)",
                GoldenEvents.PERSON.value(), Base64.getDecoder().decode(GoldenEvents.PERSON_KEY),
                Timestamp.from(RECORDED_AT));
        for (StoredForm form : CORPUS) {
            Object event = readBack(form).getPayload();
            String name = event instanceof PersonRegistered registered ? registered.name()
                    : event instanceof PersonDetailsChanged changed ? changed.name() : null;
            if (name == null) {
                continue;
            }
            String expected = event instanceof PersonRegistered ? GoldenEvents.NAME : GoldenEvents.NEW_NAME;
            assertThat(PersonalData.isSealed(name)).as(form.toString()).isEqualTo(!form.revision().equals("1"));
            assertThat(personalData.reveal(GoldenEvents.PERSON, name)).as(form.toString()).contains(expected);
        }
    }

    /** The event classes of the published language: records in {@code dk.protokol.events} with an {@code @Revision}
     * or implementing one of its sealed event interfaces. */
    static List<Class<?>> eventClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*")));
        List<Class<?>> events = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("dk.protokol.events")) {
            Class<?> type = load(definition.getBeanClassName());
            boolean implementsAnEventInterface = Arrays.stream(type.getInterfaces())
                    .anyMatch(face -> face.isSealed() && face.getSimpleName().endsWith("Event"));
            if (type.isRecord() && (type.isAnnotationPresent(Revision.class) || implementsAnEventInterface)) {
                events.add(type);
            }
        }
        return events;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private SerializedType upcastThroughTheChain(StoredForm form) {
        List<IntermediateEventRepresentation> upcast = axon.upcasterChain().upcast(Stream.of(stored(form))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0).getType();
    }

    /** As JdbcEventHistory and the storage engine read a row of the event table. */
    private DomainEventMessage<?> readBack(StoredForm form) {
        if (form.aggregateType() == null) {
            // an event without an aggregate is only ever read by the processors' tracking stream
            List<TrackedEventMessage<?>> read = EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(
                    new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(1), row(form))), serializer,
                    axon.upcasterChain()).toList();
            assertThat(read).as(form.toString()).hasSize(1);
            return (DomainEventMessage<?>) read.get(0);
        }
        try (Stream<? extends DomainEventMessage<?>> messages = EventStreamUtils.upcastAndDeserializeDomainEvents(
                Stream.of(row(form)), serializer, axon.upcasterChain()).asStream()) {
            List<? extends DomainEventMessage<?>> read = messages.toList();
            assertThat(read).as(form.toString()).hasSize(1);
            return read.get(0);
        }
    }

    private InitialEventRepresentation stored(StoredForm form) {
        return new InitialEventRepresentation(row(form), serializer);
    }

    private static GenericDomainEventEntry<byte[]> row(StoredForm form) {
        return new GenericDomainEventEntry<>(form.aggregateType(), UUID.randomUUID().toString(), 0,
                UUID.randomUUID().toString(), RECORDED_AT, form.payloadType(), form.revision(), form.payload(),
                META_DATA);
    }
}
