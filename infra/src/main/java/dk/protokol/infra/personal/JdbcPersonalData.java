package dk.protokol.infra.personal;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.personal.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link PersonalData} with AES-256-GCM under a key per person in {@code person_key} (V13). Each value gets a random
 * 96-bit IV; the person's id is the additional authenticated data, so a sealed value copied into another person's
 * event does not open. The key is read for every value (no cache): after an erasure no node can open the person's
 * data again, whatever it read before. JdbcTemplate joins the caller's transaction (the command's, for
 * {@link #seal} and {@link #forget}).
 */
@Component
public class JdbcPersonalData implements PersonalData {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Large id lists are asked for in slices, well below any driver's limit on parameters. */
    private static final int SLICE = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public JdbcPersonalData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String seal(PersonId person, String value) {
        if (value == null) {
            return null;
        }
        byte[] key = keyOf(person).orElseGet(() -> newKey(person));
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(person));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] whole = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, whole, 0, IV_BYTES);
            System.arraycopy(sealed, 0, whole, IV_BYTES, sealed.length);
            return SEALED_PREFIX + Base64.getEncoder().encodeToString(whole);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public Optional<String> reveal(PersonId person, String stored) {
        if (stored == null || person == null) {
            return Optional.empty();
        }
        if (!PersonalData.isSealed(stored)) {
            // plaintext of an event recorded before sealing (revision 1), until the store's migration seals it
            return isForgotten(person) ? Optional.empty() : Optional.of(stored);
        }
        return open(person, stored, keyOf(person));
    }

    /**
     * The keys of {@code people} read in one statement (in slices), held by the answer only: an answer that names
     * hundreds of people reads their keys once, not once per value. Not a cache: the next answer reads them again.
     */
    @Override
    public PersonalData forPeople(Collection<PersonId> people) {
        List<UUID> ids = people.stream().filter(Objects::nonNull).map(PersonId::value).distinct().toList();
        if (ids.size() < 2) {
            return this;
        }
        Map<UUID, Key> keys = new HashMap<>();
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        for (int from = 0; from < ids.size(); from += SLICE) {
            named.query("SELECT person_id, key_bytes, erased_at FROM person_key WHERE person_id IN (:ids)",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + SLICE))),
                    (RowCallbackHandler) row -> keys.put(row.getObject("person_id", UUID.class),
                            new Key(row.getBytes("key_bytes"), row.getTimestamp("erased_at") != null)));
        }
        return new Read(Set.copyOf(ids), keys);
    }

    /** A person's row in {@code person_key} as read for one answer. */
    private record Key(byte[] bytes, boolean erased) {
    }

    /** {@link JdbcPersonalData} with some people's keys read already (one answer's). */
    private final class Read implements PersonalData {

        private final Set<UUID> asked;
        private final Map<UUID, Key> keys;

        private Read(Set<UUID> asked, Map<UUID, Key> keys) {
            this.asked = asked;
            this.keys = keys;
        }

        @Override
        public Optional<String> reveal(PersonId person, String stored) {
            if (stored == null || person == null) {
                return Optional.empty();
            }
            if (!asked.contains(person.value())) {
                return JdbcPersonalData.this.reveal(person, stored);
            }
            Key key = keys.get(person.value());
            if (!PersonalData.isSealed(stored)) {
                return key != null && key.erased() ? Optional.empty() : Optional.of(stored);
            }
            return open(person, stored, key == null ? Optional.empty() : Optional.ofNullable(key.bytes()));
        }

        @Override
        public boolean isForgotten(PersonId person) {
            if (person != null && asked.contains(person.value())) {
                Key key = keys.get(person.value());
                return key != null && key.erased();
            }
            return JdbcPersonalData.this.isForgotten(person);
        }

        @Override
        public String seal(PersonId person, String value) {
            return JdbcPersonalData.this.seal(person, value);
        }

        @Override
        public void forget(PersonId person) {
            JdbcPersonalData.this.forget(person);
        }
    }

    private Optional<String> open(PersonId person, String stored, Optional<byte[]> key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] whole;
        try {
            whole = Base64.getDecoder().decode(stored.substring(SEALED_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (whole.length <= IV_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.get(), "AES"),
                    new GCMParameterSpec(TAG_BITS, whole, 0, IV_BYTES));
            cipher.updateAAD(aad(person));
            return Optional.of(new String(cipher.doFinal(whole, IV_BYTES, whole.length - IV_BYTES),
                    StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty(); // not sealed for this person
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public void forget(PersonId person) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE person_key SET key_bytes = NULL, erased_at = ? WHERE person_id = ?"
                + " AND erased_at IS NULL", now, person.value());
        if (updated == 0) {
            jdbc.update("INSERT INTO person_key (person_id, key_bytes, created_at, erased_at)"
                    + " SELECT ?, NULL, ?, ? WHERE NOT EXISTS (SELECT 1 FROM person_key WHERE person_id = ?)",
                    person.value(), now, now, person.value());
        }
    }

    @Override
    public boolean isForgotten(PersonId person) {
        return !jdbc.queryForList("SELECT 1 FROM person_key WHERE person_id = ? AND erased_at IS NOT NULL",
                Integer.class, person.value()).isEmpty();
    }

    private Optional<byte[]> keyOf(PersonId person) {
        List<byte[]> keys = jdbc.query("SELECT key_bytes FROM person_key WHERE person_id = ?",
                (row, n) -> row.getBytes("key_bytes"), person.value());
        return keys.isEmpty() ? Optional.empty() : Optional.ofNullable(keys.get(0));
    }

    private byte[] newKey(PersonId person) {
        if (isForgotten(person)) {
            throw new IllegalStateException("The person was erased; nothing is sealed for them again: " + person);
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        jdbc.update("INSERT INTO person_key (person_id, key_bytes, created_at) VALUES (?, ?, ?)",
                person.value(), key, Timestamp.from(clock.instant()));
        return key;
    }

    private static byte[] aad(PersonId person) {
        return person.toString().getBytes(StandardCharsets.UTF_8);
    }
}
