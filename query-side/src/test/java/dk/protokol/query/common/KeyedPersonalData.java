package dk.protokol.query.common;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.personal.PersonalData;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A stand-in for infra's key table in read-side tests: "sealing" is a reversible encoding bound to the person, and
 * forgetting a person makes their sealed values unreadable, as erasure does. Plaintext (revision 1) reads as it is
 * unless the person was forgotten. Not encryption: infra's JdbcPersonalData and its tests are.
 */
public final class KeyedPersonalData implements PersonalData {

    private final Set<PersonId> forgotten = new HashSet<>();

    @Override
    public String seal(PersonId person, String value) {
        return value == null ? null : SEALED_PREFIX + Base64.getEncoder()
                .encodeToString((person + "|" + value).getBytes(StandardCharsets.UTF_8));
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
        forgotten.add(person);
    }

    @Override
    public boolean isForgotten(PersonId person) {
        return forgotten.contains(person);
    }
}
