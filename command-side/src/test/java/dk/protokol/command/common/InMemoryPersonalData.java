package dk.protokol.command.common;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.personal.PersonalData;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A stand-in for infra's key table in command-side tests: "sealing" is a deterministic, reversible encoding bound to
 * the person (so fixtures can expect exact events), and forgetting a person makes their values unreadable. Not
 * encryption: infra's JdbcPersonalData and its tests are.
 */
public final class InMemoryPersonalData implements PersonalData {

    private final Set<PersonId> keys = new HashSet<>();
    private final Set<PersonId> forgotten = new HashSet<>();

    /** What {@link #seal} gives for the value (the stand-in's encoding). */
    public static String sealed(PersonId person, String value) {
        return value == null ? null : SEALED_PREFIX + Base64.getEncoder()
                .encodeToString((person + "|" + value).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String seal(PersonId person, String value) {
        if (value == null) {
            return null;
        }
        if (forgotten.contains(person)) {
            throw new IllegalStateException("erased: " + person);
        }
        keys.add(person);
        return sealed(person, value);
    }

    @Override
    public Optional<String> reveal(PersonId person, String stored) {
        if (stored == null || forgotten.contains(person)) {
            return Optional.empty();
        }
        if (!PersonalData.isSealed(stored)) {
            return Optional.of(stored);
        }
        String text = new String(Base64.getDecoder().decode(stored.substring(SEALED_PREFIX.length())),
                StandardCharsets.UTF_8);
        String prefix = person + "|";
        return text.startsWith(prefix) ? Optional.of(text.substring(prefix.length())) : Optional.empty();
    }

    @Override
    public void forget(PersonId person) {
        keys.remove(person);
        forgotten.add(person);
    }

    @Override
    public boolean isForgotten(PersonId person) {
        return forgotten.contains(person);
    }

    public boolean hasKey(PersonId person) {
        return keys.contains(person);
    }
}
