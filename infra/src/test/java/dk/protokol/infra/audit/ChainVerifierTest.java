package dk.protokol.infra.audit;

import dk.protokol.infra.audit.ChainVerifier.Kind;
import dk.protokol.infra.audit.ChainVerifier.Result;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier on a chain in memory: a whole chain verifies, and each kind of damage is named at its position. */
class ChainVerifierTest {

    /** One position as the verifier receives it. */
    record Entry(long position, StoredEvent event, ChainLink link) {
    }

    static StoredEvent event(long position, String text) {
        return new StoredEvent(position, "event-" + position, "Meeting", "meeting-1", position, "2026-12-06T10:00:0"
                + (position % 10) + ".000Z", "dk.protokol.events.meeting.NoteRecorded", "1",
                ("{\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8),
                "{\"userId\":\"sekretaer\"}".getBytes(StandardCharsets.UTF_8));
    }

    /** Positions 1..n with a gap at 4 (a rolled-back append drew it), chained as the append chains them. */
    static List<Entry> chain(int n) {
        List<Entry> entries = new ArrayList<>();
        Long previous = null;
        byte[] hash = ChainHash.GENESIS;
        for (long position = 1; position <= n; position++) {
            if (position == 4) {
                continue;
            }
            StoredEvent event = event(position, "punkt " + position);
            hash = ChainHash.next(hash, event);
            entries.add(new Entry(position, event, new ChainLink(previous, hash)));
            previous = position;
        }
        return entries;
    }

    static Result verify(List<Entry> entries, List<Checkpoint> checkpoints) {
        ChainVerifier verifier = new ChainVerifier(checkpoints);
        entries.forEach(e -> verifier.accept(e.position(), e.event(), e.link()));
        return verifier.finish();
    }

    static Checkpoint checkpointAt(List<Entry> entries, long position) {
        Entry entry = entries.stream().filter(e -> e.position() == position).findFirst().orElseThrow();
        return Checkpoint.given(position, entry.link().hash());
    }

    @Test
    void aWholeChainWithAGapVerifiesAndMatchesItsCheckpoints() {
        List<Entry> entries = chain(10);
        Result result = verify(entries, List.of(checkpointAt(entries, 5), checkpointAt(entries, 10),
                checkpointAt(entries, 10)));
        assertThat(result.verified()).isTrue();
        assertThat(result.events()).isEqualTo(9);
        assertThat(result.headPosition()).isEqualTo(10);
        assertThat(result.head()).isEqualTo(ChainHash.hex(entries.get(entries.size() - 1).link().hash()));
        assertThat(result.checkpointsMatched()).as("two at the same position both compared").isEqualTo(3);
        assertThat(result.firstMismatch()).isNull();
    }

    @Test
    void anAlteredPayloadIsNamedAtItsPosition() {
        List<Entry> entries = chain(10);
        Entry original = entries.get(5); // position 7
        StoredEvent altered = event(7, "punkt 7 (rettet)");
        entries.set(5, new Entry(7, altered, original.link()));
        Result result = verify(entries, List.of());
        assertThat(result.verified()).isFalse();
        assertThat(result.firstMismatch().position()).isEqualTo(7);
        assertThat(result.firstMismatch().kind()).isEqualTo(Kind.ALTERED);
        assertThat(result.mismatches()).as("only the altered event: the chain goes on from its stored hash")
                .isEqualTo(1);
    }

    @Test
    void aDeletedEventIsNamedWhetherItsChainEntryIsLeftOrDeletedToo() {
        List<Entry> entries = chain(10);
        Entry six = entries.get(4);
        entries.set(4, new Entry(6, null, six.link()));
        assertThat(verify(entries, List.of()).firstMismatch())
                .extracting(ChainVerifier.Mismatch::position, ChainVerifier.Mismatch::kind)
                .containsExactly(6L, Kind.MISSING);

        List<Entry> both = chain(10);
        both.remove(4);
        assertThat(verify(both, List.of()).firstMismatch())
                .extracting(ChainVerifier.Mismatch::position, ChainVerifier.Mismatch::kind)
                .containsExactly(6L, Kind.MISSING);
    }

    @Test
    void twoEventsSwappedAreNamedAtTheFirst() {
        List<Entry> entries = chain(10);
        Entry three = entries.get(2);
        Entry eight = entries.get(6);
        StoredEvent eightAtThree = new StoredEvent(3, eight.event().eventIdentifier(), eight.event().aggregateType(),
                eight.event().aggregateIdentifier(), eight.event().sequenceNumber(), eight.event().timestamp(),
                eight.event().payloadType(), eight.event().payloadRevision(), eight.event().payload(),
                eight.event().metaData());
        StoredEvent threeAtEight = new StoredEvent(8, three.event().eventIdentifier(), three.event().aggregateType(),
                three.event().aggregateIdentifier(), three.event().sequenceNumber(), three.event().timestamp(),
                three.event().payloadType(), three.event().payloadRevision(), three.event().payload(),
                three.event().metaData());
        entries.set(2, new Entry(3, eightAtThree, three.link()));
        entries.set(6, new Entry(8, threeAtEight, eight.link()));
        Result result = verify(entries, List.of());
        assertThat(result.firstMismatch().position()).isEqualTo(3);
        assertThat(result.mismatches()).isEqualTo(2);
    }

    @Test
    void anEventWrittenAroundTheStoreIsNotInTheChain() {
        List<Entry> entries = chain(10);
        entries.add(3, new Entry(4, event(4, "indsat bagefter"), null));
        Result result = verify(entries, List.of());
        assertThat(result.firstMismatch())
                .extracting(ChainVerifier.Mismatch::position, ChainVerifier.Mismatch::kind)
                .containsExactly(4L, Kind.NOT_CHAINED);
    }

    @Test
    void aCutOffTailIsFoundOnlyAgainstALaterCheckpointAndNamedAfterTheNewEnd() {
        List<Entry> entries = chain(10);
        Checkpoint atTen = checkpointAt(entries, 10);
        List<Entry> cut = new ArrayList<>(entries.subList(0, 6)); // positions 1..3, 5..7
        assertThat(verify(cut, List.of()).verified()).as("a cut chain is whole in itself").isTrue();
        Result result = verify(cut, List.of(atTen));
        assertThat(result.firstMismatch())
                .extracting(ChainVerifier.Mismatch::position, ChainVerifier.Mismatch::kind)
                .containsExactly(8L, Kind.TRUNCATED);
    }

    @Test
    void aRewrittenChainDiffersFromTheCheckpointAndIsNamedAfterTheLastMatchingOne() {
        List<Entry> entries = chain(10);
        Checkpoint atFive = checkpointAt(entries, 5);
        Checkpoint atTen = checkpointAt(entries, 10);
        // an older backup restored and continued: from position 6 on, other events, chained anew (so whole in itself)
        List<Entry> restored = new ArrayList<>(entries.subList(0, 4)); // 1,2,3,5
        byte[] hash = restored.get(3).link().hash();
        Long previous = 5L;
        for (long position = 6; position <= 10; position++) {
            StoredEvent other = event(position, "efter tilbagelægning " + position);
            hash = ChainHash.next(hash, other);
            restored.add(new Entry(position, other, new ChainLink(previous, hash)));
            previous = position;
        }
        assertThat(verify(restored, List.of(atFive)).verified()).isTrue();
        Result result = verify(restored, List.of(atFive, atTen));
        assertThat(result.firstMismatch())
                .extracting(ChainVerifier.Mismatch::position, ChainVerifier.Mismatch::kind)
                .containsExactly(6L, Kind.CHECKPOINT);
        assertThat(result.checkpointsMatched()).isEqualTo(1);
    }

    @Test
    void aRangeStartsFromTheGivenHashAndChecksACheckpointAtItsStart() {
        List<Entry> entries = chain(10);
        Entry five = entries.get(3);
        ChainVerifier verifier = new ChainVerifier(List.of(checkpointAt(entries, 5), checkpointAt(entries, 2)));
        verifier.startAfter(5L, five.link().hash());
        entries.subList(4, entries.size()).forEach(e -> verifier.accept(e.position(), e.event(), e.link()));
        Result result = verifier.finish();
        assertThat(result.verified()).isTrue();
        assertThat(result.events()).isEqualTo(5);
        assertThat(result.checkpointsMatched()).isEqualTo(1);
    }

    @Test
    void theCanonicalFormTellsNullFromEmptyAndCoversEveryField() {
        StoredEvent base = event(1, "a");
        byte[] hash = ChainHash.next(ChainHash.GENESIS, base);
        List<StoredEvent> variants = List.of(
                new StoredEvent(2, base.eventIdentifier(), base.aggregateType(), base.aggregateIdentifier(),
                        base.sequenceNumber(), base.timestamp(), base.payloadType(), base.payloadRevision(),
                        base.payload(), base.metaData()),
                new StoredEvent(1, base.eventIdentifier(), "Body", base.aggregateIdentifier(), base.sequenceNumber(),
                        base.timestamp(), base.payloadType(), base.payloadRevision(), base.payload(), base.metaData()),
                new StoredEvent(1, base.eventIdentifier(), base.aggregateType(), base.aggregateIdentifier(), 9,
                        base.timestamp(), base.payloadType(), base.payloadRevision(), base.payload(), base.metaData()),
                new StoredEvent(1, base.eventIdentifier(), base.aggregateType(), base.aggregateIdentifier(),
                        base.sequenceNumber(), "2026-12-06T10:00:01.001Z", base.payloadType(),
                        base.payloadRevision(), base.payload(), base.metaData()),
                new StoredEvent(1, base.eventIdentifier(), base.aggregateType(), base.aggregateIdentifier(),
                        base.sequenceNumber(), base.timestamp(), base.payloadType(), "2", base.payload(),
                        base.metaData()),
                new StoredEvent(1, base.eventIdentifier(), base.aggregateType(), base.aggregateIdentifier(),
                        base.sequenceNumber(), base.timestamp(), base.payloadType(), null, base.payload(),
                        base.metaData()),
                new StoredEvent(1, base.eventIdentifier(), base.aggregateType(), base.aggregateIdentifier(),
                        base.sequenceNumber(), base.timestamp(), base.payloadType(), base.payloadRevision(),
                        base.payload(), "{\"userId\":\"admin\"}".getBytes(StandardCharsets.UTF_8)),
                new StoredEvent(1, base.eventIdentifier(), base.aggregateType(), base.aggregateIdentifier(),
                        base.sequenceNumber(), base.timestamp(), base.payloadType(), base.payloadRevision(),
                        base.payload(), null),
                new StoredEvent(1, base.eventIdentifier(), base.aggregateType(), base.aggregateIdentifier(),
                        base.sequenceNumber(), base.timestamp(), base.payloadType(), base.payloadRevision(),
                        base.payload(), new byte[0]));
        variants.forEach(variant -> assertThat(ChainHash.next(ChainHash.GENESIS, variant)).isNotEqualTo(hash));
        assertThat(ChainHash.next(ChainHash.GENESIS, event(1, "a"))).as("deterministic").isEqualTo(hash);
    }
}
