package dk.protokol.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

/**
 * A checkpoint as a small printable statement, to file outside the system (on paper, in the municipality's archive,
 * in a mail to the auditor). Later, {@code verify --checkpoint FILE} or {@code GET /api/audit/verify?position=&hash=}
 * shows whether the record still holds what it held then: a store cut off, rewritten or restored from an older backup
 * no longer matches. The statement is plain text of "key: value" lines; a JSON object with {@code position} and
 * {@code hash} is read too.
 */
public final class CheckpointStatement {

    private CheckpointStatement() {
    }

    public static String write(Checkpoint checkpoint, String installation) {
        String hash = ChainHash.hex(checkpoint.hash());
        return """
                PROTOKOL - KONTROLPUNKT FOR REVISIONSKÆDEN
                Checkpoint of the audit chain

                position: %d
                hash: %s
                events: %d
                recorded-at: %s
                recorded-by: %s
                installation: %s

                Hændelseslagerets revisionskæde havde på position %d den ovenstående SHA-256-hash, som dækker
                hver hændelse til og med den position. Gem erklæringen uden for systemet. Et eksport kan senere
                kontrolleres mod den uden server og database:
                    java -jar protokol.jar verify eksport.ndjson --checkpoint denne-fil.txt
                Passer kæden ikke, er hændelser ændret, slettet eller skåret af, eller en ældre
                sikkerhedskopi er lagt tilbage.
                """.formatted(checkpoint.position(), hash, checkpoint.events(), checkpoint.recordedAt(),
                checkpoint.recordedBy(), installation, checkpoint.position());
    }

    /** Reads a statement (or a JSON object with position and hash); a statement without both is refused. */
    public static Checkpoint read(String text) {
        String trimmed = text.strip();
        Long position = null;
        String hash = null;
        Instant recordedAt = null;
        if (trimmed.startsWith("{")) {
            try {
                JsonNode json = new ObjectMapper().readTree(trimmed);
                position = json.hasNonNull("position") ? json.get("position").asLong() : null;
                hash = json.hasNonNull("hash") ? json.get("hash").asText() : null;
            } catch (IOException e) {
                throw new IllegalArgumentException("Kontrolpunktet er ikke gyldig JSON: " + e.getMessage());
            }
        } else {
            for (String line : trimmed.split("\\R")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                switch (key) {
                    case "position" -> position = Long.parseLong(value);
                    case "hash" -> hash = value;
                    case "recorded-at" -> recordedAt = parseInstant(value);
                    default -> {
                    }
                }
            }
        }
        if (position == null || hash == null) {
            throw new IllegalArgumentException("Kontrolpunktet skal have både \"position:\" og \"hash:\".");
        }
        return new Checkpoint(position, ChainHash.fromHex(hash), -1, recordedAt, null, "statement");
    }

    private static Instant parseInstant(String value) {
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
