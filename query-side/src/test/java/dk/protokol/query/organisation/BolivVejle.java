package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.RecordedEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static dk.protokol.events.organisation.MemberRole.CHAIR;
import static dk.protokol.events.organisation.MemberRole.MEMBER;
import static dk.protokol.events.organisation.MemberRole.SECRETARY;

/**
 * A small partnership recorded one event an hour from {@link #FIRST_RECORDED}, plus one body in
 * another partnership, and a fake {@link EventHistory} over them. People are fictitious.
 */
final class BolivVejle {

    static final Instant FIRST_RECORDED = Instant.parse("2024-01-08T08:00:00Z");

    static final PersonId BORGMESTER = PersonId.of("00000000-0000-0000-0000-0000000000a1");
    static final PersonId DIREKTOER = PersonId.of("00000000-0000-0000-0000-0000000000a2");
    static final PersonId SEKRETAER = PersonId.of("00000000-0000-0000-0000-0000000000a3");
    static final PersonId AAGE = PersonId.of("00000000-0000-0000-0000-0000000000a4");

    static final BodyId BPS = BodyId.of("00000000-0000-0000-0000-0000000000b1");
    static final BodyId FKU = BodyId.of("00000000-0000-0000-0000-0000000000b2");
    static final BodyId TEMAGRUPPE = BodyId.of("00000000-0000-0000-0000-0000000000b3");
    static final BodyId SEKRETARIAT = BodyId.of("00000000-0000-0000-0000-0000000000b4");
    static final BodyId BESTYRELSE = BodyId.of("00000000-0000-0000-0000-0000000000b5");

    static final LocalDate START = LocalDate.of(2020, 1, 1);
    static final LocalDate CHAIR_HANDED_OVER = LocalDate.of(2022, 3, 1);
    static final LocalDate TEMAGRUPPE_DISSOLVED = LocalDate.of(2023, 1, 1);

    /** Everything up to the chair change, which is recorded last. */
    static final List<Object> EVENTS = List.of(
            new PersonRegistered(BORGMESTER, "Bo Borgmester", "bo@example.org", null, "Vejle Kommune"),
            new PersonRegistered(DIREKTOER, "Dorte Direktør", null, null, "Vejle Kommune"),
            new PersonRegistered(SEKRETAER, "Sif Sekretær", null, null, "Fællessekretariatet"),
            new PersonRegistered(AAGE, "Åge Ågesen", null, null, "AAB"),
            new BodyEstablished(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null,
                    "Sætter de politiske linjer", 4, null, START),
            new BodyEstablished(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle", BPS,
                    null, 4, null, START),
            new BodyEstablished(TEMAGRUPPE, "Temagruppe Beskæftigelse", BodyKind.WORKING_GROUP, "BolivVejle", FKU,
                    null, null, null, START),
            new BodyEstablished(SEKRETARIAT, "Fællessekretariatet", BodyKind.SECRETARIAT, "BolivVejle", null,
                    null, null, null, START),
            new BodyEstablished(BESTYRELSE, "Bestyrelse", BodyKind.BOARD, "ByLivKolding", null, null, null, null,
                    START),
            new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR),
            new BodyRelationDeclared(SEKRETARIAT, BPS, RelationKind.SERVES),
            new BodyRelationDeclared(SEKRETARIAT, TEMAGRUPPE, RelationKind.SERVES),
            new MemberAppointed(BPS, BORGMESTER, CHAIR, "Vejle Kommune", START),
            new MemberAppointed(BPS, AAGE, MEMBER, "AAB", START),
            new MemberAppointed(BPS, DIREKTOER, MEMBER, "Vejle Kommune", START),
            new MemberAppointed(BPS, SEKRETAER, SECRETARY, null, START),
            new MemberAppointed(FKU, DIREKTOER, CHAIR, "Vejle Kommune", START),
            new MemberAppointed(TEMAGRUPPE, SEKRETAER, MEMBER, null, START),
            new MembershipEnded(BPS, AAGE, LocalDate.of(2021, 12, 31), "fratrådt"),
            new BodyDissolved(TEMAGRUPPE, TEMAGRUPPE_DISSOLVED, "erstattet af ad hoc arbejdsgrupper"),
            new MemberRoleChanged(BPS, BORGMESTER, MEMBER, CHAIR_HANDED_OVER),
            new MemberRoleChanged(BPS, DIREKTOER, CHAIR, CHAIR_HANDED_OVER));

    /** When the first of the two chair-change events was recorded. */
    static final Instant CHAIR_CHANGE_RECORDED = recordedAt(EVENTS.size() - 2);

    private BolivVejle() {
    }

    static Instant recordedAt(int index) {
        return FIRST_RECORDED.plus(Duration.ofHours(index));
    }

    static List<RecordedEvent> recorded() {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < EVENTS.size(); i++) {
            Object payload = EVENTS.get(i);
            String type = payload instanceof BodyEvent ? "Body" : "Person";
            String aggregateId = payload instanceof BodyEvent body ? body.bodyId().toString()
                    : ((PersonEvent) payload).personId().toString();
            recorded.add(new RecordedEvent(i, recordedAt(i), type, aggregateId, i, payload, Map.of()));
        }
        return recorded;
    }

    static OrganisationSnapshot snapshot() {
        return OrganisationReplay.asOf(history(), null);
    }

    /** The store's history as the infra implementation gives it: by type, up to and including {@code asOf}. */
    static EventHistory history() {
        List<RecordedEvent> store = recorded();
        return new EventHistory() {
            @Override
            public void replay(Set<String> aggregateTypes, Instant asOf, Consumer<RecordedEvent> sink) {
                store.stream()
                        .filter(event -> aggregateTypes.contains(event.aggregateType()))
                        .filter(event -> asOf == null || !event.recordedAt().isAfter(asOf))
                        .forEach(sink);
            }

            @Override
            public void replayAggregate(String aggregateId, Instant asOf, Consumer<RecordedEvent> sink) {
                store.stream()
                        .filter(event -> event.aggregateId().equals(aggregateId))
                        .filter(event -> asOf == null || !event.recordedAt().isAfter(asOf))
                        .forEach(sink);
            }
        };
    }
}
