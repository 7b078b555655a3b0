package dk.protokol.bench;

import dk.protokol.events.command.action.ReportActionProgress;
import dk.protokol.infra.deadletters.ProcessorProgress;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small generated store (one partnership, one year) loaded through the application's append path on PostgreSQL
 * folds into every view without a dead letter, the views hold what was generated, the command side's lookups are
 * filled, and a command on a generated action at a generated meeting is accepted.
 */
class GeneratedStoreOnPostgresTest {

    @Test
    void aGeneratedStoreFoldsWithoutDeadLettersAndTakesCommands() throws Exception {
        String database = BenchAll.createDatabase("protokol_it_");
        NationalDataset dataset = new NationalDataset(new NationalDataset.Settings(7, 1, 2013, 1));
        try (ConfigurableApplicationContext app = BenchAll.start(database)) {
            boolean lookupsFilled = new DatasetLoader(app, 500).load(dataset);
            assertThat(lookupsFilled).isTrue();
            assertThat(BenchAll.waitCaughtUp(app.getBean(ProcessorProgress.class), Duration.ofSeconds(90))).isTrue();

            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            NationalDataset.Counts counts = dataset.counts();
            assertThat(count(jdbc, "domain_event_entry")).isEqualTo(counts.events);
            assertThat(count(jdbc, "dead_letter_entry")).isZero();
            assertThat(count(jdbc, "body_view")).isEqualTo(counts.bodies);
            assertThat(count(jdbc, "person_view")).isEqualTo(counts.people);
            assertThat(count(jdbc, "minutes_view")).isEqualTo(counts.meetings);
            assertThat(count(jdbc, "decision_register")).isEqualTo(counts.decisions);
            assertThat(count(jdbc, "action_view")).isEqualTo(counts.actions);
            assertThat(count(jdbc, "case_referral")).isEqualTo(counts.referrals);
            assertThat(count(jdbc, "cmd_meeting_lookup")).isEqualTo(counts.meetings);
            assertThat(count(jdbc, "cmd_action_lookup")).isEqualTo(counts.actions);
            // names are sealed, as Person seals them
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE "
                    + "'%PersonRegistered' AND convert_from(payload, 'UTF8') LIKE '%\"name\":\"pd1:%'", Long.class))
                    .isEqualTo(counts.people);

            NationalDataset.Landmarks marks = dataset.landmarks();
            app.getBean(CommandGateway.class).sendAndWait(new ReportActionProgress(marks.openAction,
                    "Status fra testen.", marks.lastMeeting));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, marks.openAction.toString())).isGreaterThan(1);
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }
}
