package dk.protokol.infra.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes the audit chain over events given in position order and names the first bad position: an event altered
 * or moved (its hash does not follow), deleted (its chain entry is left, or the next entry builds on it), written
 * around the store (not in the chain), or cut off at the end (a checkpoint covers more than the store holds), and a
 * chain that differs from a checkpoint (rewritten, or an older backup restored and continued). One implementation for
 * the server ({@code GET /api/audit/verify}) and the offline verifier; it holds only the previous hash, so a store of
 * any size is checked in constant memory.
 */
public final class ChainVerifier {

    /** What kind of damage was found. */
    public enum Kind { ALTERED, MISSING, NOT_CHAINED, OUT_OF_ORDER, CHECKPOINT, TRUNCATED }

    /** The first bad position, what is wrong there and, in Danish, why. */
    public record Mismatch(long position, Kind kind, String reason) {
    }

    /** The verification's answer. {@code head} is the last position's hash (hex), {@code firstMismatch} null if whole. */
    public record Result(boolean verified, long events, Long firstPosition, Long headPosition, String head,
                         Mismatch firstMismatch, long mismatches, int checkpointsChecked, int checkpointsMatched) {
    }

    private final List<Checkpoint> checkpoints;
    private int nextCheckpoint;
    private Long firstPosition;
    private Long lastPosition;
    private byte[] lastHash = ChainHash.GENESIS;
    private Long firstAfterMatch;
    private long events;
    private long mismatches;
    private Mismatch first;
    private int checked;
    private int matched;

    public ChainVerifier(List<Checkpoint> checkpoints) {
        this.checkpoints = new ArrayList<>(checkpoints);
        this.checkpoints.sort(Comparator.comparingLong(Checkpoint::position));
    }

    /**
     * For a range (an export from a position): the chain before it is taken as given. Checkpoints before the range
     * cannot be checked and are passed over; one at the range's start is compared with the given hash.
     */
    public void startAfter(Long previousPosition, byte[] previousHash) {
        lastPosition = previousPosition;
        lastHash = previousHash == null ? ChainHash.GENESIS : previousHash;
        while (previousPosition != null && nextCheckpoint < checkpoints.size()
                && checkpoints.get(nextCheckpoint).position() <= previousPosition) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            if (checkpoint.position() == previousPosition) {
                compare(checkpoint, previousPosition, lastHash);
            }
        }
    }

    /**
     * The next position: its event as stored (null if the store lacks it but the chain has it) and its chain entry
     * (null if the chain lacks it).
     */
    public void accept(long position, StoredEvent event, ChainLink link) {
        if (event == null && link == null) {
            throw new IllegalArgumentException("A position needs an event or a chain entry");
        }
        passCheckpointsBefore(position);
        if (firstPosition == null) {
            firstPosition = position;
        }
        if (firstAfterMatch == null) {
            firstAfterMatch = position;
        }
        if (event == null) {
            mismatch(position, Kind.MISSING, "Hændelsen på position " + position
                    + " mangler i hændelseslageret, men kæden har den: den er slettet.");
            lastHash = link.hash();
        } else {
            events++;
            byte[] recomputed = ChainHash.next(lastHash, event);
            if (link == null) {
                mismatch(position, Kind.NOT_CHAINED, "Hændelsen på position " + position
                        + " er ikke i kæden: den er skrevet uden om hændelseslageret, eller dens kædeled er slettet.");
                lastHash = recomputed;
            } else {
                if (!Objects.equals(link.previousPosition(), lastPosition)) {
                    if (link.previousPosition() != null
                            && (lastPosition == null || link.previousPosition() > lastPosition)) {
                        mismatch(link.previousPosition(), Kind.MISSING, "Hændelsen på position "
                                + link.previousPosition() + " mangler: kædeleddet på position " + position
                                + " bygger på den, men den og dens kædeled er slettet.");
                    } else {
                        mismatch(position, Kind.OUT_OF_ORDER, "Kædeleddet på position " + position
                                + " bygger på position " + link.previousPosition() + ", men den forrige hændelse står på "
                                + (lastPosition == null ? "ingen position" : "position " + lastPosition) + ".");
                    }
                } else if (!Arrays.equals(recomputed, link.hash())) {
                    mismatch(position, Kind.ALTERED, "Hændelsen på position " + position
                            + " er ændret eller flyttet: dens hash passer ikke med kæden.");
                }
                lastHash = link.hash();
            }
        }
        lastPosition = position;
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).position() == position) {
            compare(checkpoints.get(nextCheckpoint++), position, lastHash);
        }
    }

    /** After the last position: checkpoints beyond it say the store was cut off. */
    public Result finish() {
        while (nextCheckpoint < checkpoints.size()) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            checked++;
            long from = lastPosition == null ? 1 : lastPosition + 1;
            mismatch(from, Kind.TRUNCATED, "Lageret slutter ved "
                    + (lastPosition == null ? "ingen hændelser" : "position " + lastPosition)
                    + ", men kontrolpunktet" + when(checkpoint) + " dækker til position " + checkpoint.position()
                    + ": hændelser efter position " + (from - 1) + " mangler.");
        }
        return new Result(first == null, events, firstPosition, lastPosition,
                ChainHash.hex(lastHash), first, mismatches, checked,
                matched);
    }

    private void passCheckpointsBefore(long position) {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).position() < position) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            checked++;
            mismatch(checkpoint.position(), Kind.MISSING, "Kontrolpunktet" + when(checkpoint) + " står på position "
                    + checkpoint.position() + ", som ikke findes i lageret: hændelsen er slettet.");
        }
    }

    private void compare(Checkpoint checkpoint, long position, byte[] hash) {
        checked++;
        if (Arrays.equals(hash, checkpoint.hash())) {
            matched++;
            firstAfterMatch = null;
            return;
        }
        long from = firstAfterMatch == null ? position : firstAfterMatch;
        mismatch(from, Kind.CHECKPOINT, "Kæden på position " + position + " passer ikke med kontrolpunktet"
                + when(checkpoint) + ": noget fra position " + from + " til " + position
                + " er omskrevet, eller en ældre sikkerhedskopi er lagt tilbage.");
    }

    private static String when(Checkpoint checkpoint) {
        return checkpoint.recordedAt() == null ? "" : " fra " + checkpoint.recordedAt();
    }

    private void mismatch(long position, Kind kind, String reason) {
        mismatches++;
        if (first == null || position < first.position()) {
            first = new Mismatch(position, kind, reason);
        }
    }
}
