package dk.protokol.infra.personal;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.personal.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-256-GCM under a key per person in {@code person_key} (V13, on H2 in PostgreSQL mode). */
class JdbcPersonalDataTest {

    private static final PersonId ANNE = PersonId.of(UUID.randomUUID());
    private static final PersonId BENT = PersonId.of(UUID.randomUUID());

    private final JdbcTemplate jdbc = database();
    private final PersonalData data = new JdbcPersonalData(jdbc,
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Copenhagen")));

    private static JdbcTemplate database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V2__command_lookups.sql"),
                new ClassPathResource("db/migration/V13__person_key.sql")).execute(dataSource);
        return new JdbcTemplate(dataSource);
    }

    @Test
    void sealsWithARandomIvAndRevealsWithThePersonsKey() {
        String first = data.seal(ANNE, "Anne Prøvesen");
        String second = data.seal(ANNE, "Anne Prøvesen");

        assertThat(first).startsWith("pd1:").doesNotContain("Anne").isNotEqualTo(second);
        assertThat(Base64.getDecoder().decode(first.substring(4))).hasSize(12 + "Anne Prøvesen".getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length + 16); // IV, ciphertext, 128-bit tag
        assertThat(data.reveal(ANNE, first)).contains("Anne Prøvesen");
        assertThat(data.reveal(ANNE, second)).contains("Anne Prøvesen");
        assertThat(data.seal(ANNE, null)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_key", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT OCTET_LENGTH(key_bytes) FROM person_key", Integer.class))
                .isEqualTo(32);
    }

    @Test
    void aValueDoesNotOpenForAnotherPersonNorWhenTamperedWith() {
        String sealed = data.seal(ANNE, "anne@eksempel.dk");
        data.seal(BENT, "Bent");

        assertThat(data.reveal(BENT, sealed)).isEmpty();
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(4));
        bytes[bytes.length - 1] ^= 1;
        assertThat(data.reveal(ANNE, "pd1:" + Base64.getEncoder().encodeToString(bytes))).isEmpty();
        assertThat(data.reveal(ANNE, "pd1:not base64!")).isEmpty();
    }

    @Test
    void forgettingThePersonDeletesTheKeySoNothingOpensAgain() {
        String sealed = data.seal(ANNE, "Anne Prøvesen");

        data.forget(ANNE);

        assertThat(data.reveal(ANNE, sealed)).isEmpty();
        assertThat(data.reveal(ANNE, "Anne Prøvesen")).as("plaintext of an old event").isEmpty();
        assertThat(data.isForgotten(ANNE)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_key WHERE key_bytes IS NULL"
                + " AND erased_at IS NOT NULL", Integer.class)).isEqualTo(1);
        assertThatThrownBy(() -> data.seal(ANNE, "Anne igen")).isInstanceOf(IllegalStateException.class);
        data.forget(ANNE); // once more: nothing changes
        assertThat(data.isForgotten(BENT)).isFalse();
    }

    @Test
    void plaintextOfAnOldEventReadsAsItIsUntilSealed() {
        assertThat(data.reveal(BENT, "Bent Gammel")).contains("Bent Gammel");
        assertThat(data.reveal(BENT, null)).isEmpty();
    }

    @Test
    void aPersonWithoutAKeyCanBeForgotten() {
        data.forget(BENT);
        assertThat(data.isForgotten(BENT)).isTrue();
        assertThat(data.reveal(BENT, "Bent Gammel")).isEmpty();
    }

    @Test
    void manyPeoplesKeysReadAtOnceRevealAsOneAtATimeAndOnlyForThatAnswer() {
        PersonId carl = PersonId.of(UUID.randomUUID());
        PersonId dora = PersonId.of(UUID.randomUUID());
        String anne = data.seal(ANNE, "Anne Prøvesen");
        String bent = data.seal(BENT, "Bent");
        data.forget(BENT);

        PersonalData read = data.forPeople(java.util.List.of(ANNE, BENT, carl));
        assertThat(read.reveal(ANNE, anne)).contains("Anne Prøvesen");
        assertThat(read.reveal(BENT, bent)).as("erased: the key is gone").isEmpty();
        assertThat(read.reveal(BENT, "Bent Gammel")).as("plaintext of an erased person").isEmpty();
        assertThat(read.reveal(carl, "Carl Gammel")).as("no key: plaintext as it is").contains("Carl Gammel");
        assertThat(read.reveal(carl, anne)).isEmpty();
        assertThat(read.isForgotten(BENT)).isTrue();
        assertThat(read.isForgotten(ANNE)).isFalse();
        // someone not asked for is read as by the port itself
        assertThat(read.reveal(dora, "Dora")).contains("Dora");

        // the keys were read for that answer only: an erasure after it is seen by the next one
        data.forget(ANNE);
        assertThat(data.forPeople(java.util.List.of(ANNE, carl)).reveal(ANNE, anne)).isEmpty();
    }
}
