package dk.protokol.command.meeting;

import dk.protokol.command.common.AxonOnH2;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.command.BatchRefused;
import dk.protokol.events.command.CommandBatch;
import dk.protokol.events.command.CommandResult;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Refusal;
import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.organisation.BodyKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A year's plan is scheduled all or nothing, with Axon wired as in the application ({@link AxonOnH2}): the
 * commands' units of work join one Spring transaction, so the meetings scheduled before a refused one are rolled
 * back with it.
 */
class MeetingPlanTransactionTest {

    private AxonOnH2 system;
    private CommandSender sender;
    private final BodyId body = BodyId.random();

    @BeforeEach
    void startAxon() throws ClassNotFoundException {
        system = new AxonOnH2(Clock.systemDefaultZone());
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("transactionManager",
                system.transactions));
        sender = new CommandSender(system.commands, aggregate -> 7L,
                beans.getBeanProvider(PlatformTransactionManager.class));
        system.commands.sendAndWait(new EstablishBody(body, "Temagruppe Fritid", BodyKind.WORKING_GROUP, "BolivVejle",
                null, null, 4, null, LocalDate.of(2025, 1, 1)));
        system.commands.sendAndWait(new DissolveBody(body, LocalDate.of(2027, 6, 30), "Nedlagt"));
    }

    @AfterEach
    void stopAxon() {
        system.close();
    }

    private static ScheduleMeeting meeting(BodyId body, MeetingId id, int month) {
        LocalDateTime start = LocalDateTime.of(2027, month, 9, 14, 0);
        return new ScheduleMeeting(id, body, start, start.plusHours(2), "Vejle Rådhus");
    }

    @Test
    void aMeetingTheBodyCannotHoldRollsBackTheMeetingsBeforeIt() {
        MeetingId february = MeetingId.random();
        MeetingId may = MeetingId.random();
        MeetingId august = MeetingId.random();
        CommandBatch plan = new CommandBatch()
                .add("meetings[0]", () -> meeting(body, february, 2))
                .add("meetings[1]", () -> meeting(body, may, 5))
                .add("meetings[2]", () -> meeting(body, august, 8));

        assertThatThrownBy(() -> sender.sendAll(plan)).isInstanceOfSatisfying(BatchRefused.class, refused -> {
            assertThat(refused.refusal().rule()).isEqualTo("NoMeetingsOfADissolvedBody");
            assertThat(refused.refusal().field()).isEqualTo("meetings[2].bodyId");
        });
        assertThat(system.eventsOf(february)).isZero();
        assertThat(system.eventsOf(may)).isZero();
        assertThat(system.meetings.dayOf(february)).isEmpty();

        Commands.Outcome outcome = sender.submitAll(plan);
        assertThat(outcome).isInstanceOfSatisfying(Commands.Outcome.Refused.class, refused ->
                assertThat(refused.refusal().kind()).isEqualTo(Refusal.Kind.RULE));
    }

    @Test
    void aPlanTheBodyCanHoldIsScheduledWhole() {
        MeetingId february = MeetingId.random();
        MeetingId may = MeetingId.random();

        CommandResult result = sender.sendAll(new CommandBatch()
                .add("meetings[0]", () -> meeting(body, february, 2))
                .add("meetings[1]", () -> meeting(body, may, 5)));

        assertThat(result.id()).isEqualTo("meetings[1]");
        assertThat(system.eventsOf(february)).isPositive();
        assertThat(system.eventsOf(may)).isPositive();
    }
}
