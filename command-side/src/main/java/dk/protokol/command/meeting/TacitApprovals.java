package dk.protokol.command.meeting;

import dk.protokol.events.command.Refusal;
import dk.protokol.events.command.meeting.ApproveMinutesTacitly;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The scheduled check of tacit approval (stiltiende godkendelse): at an interval
 * ({@code protokol.minutes.tacit-approval-interval}, default ten minutes; zero switches it off) every meeting whose
 * objection period has ended in a body that approves tacitly is sent {@link ApproveMinutesTacitly}. The meeting
 * decides: with an open objection it refuses, and is asked again at the next check (the secretary may have answered
 * the comment by then). The command carries no signed-in caller, so the approval is recorded with who = the system,
 * and the event names the rule that applied. Several nodes may check at once: the second approval is refused by
 * {@code MinutesApprovedOnlyOnce}.
 */
@Component
public class TacitApprovals implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TacitApprovals.class);
    private static final int BATCH = 100;

    private final JdbcMeetingLookup meetings;
    private final CommandGateway commands;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public TacitApprovals(JdbcMeetingLookup meetings, CommandGateway commands, Clock clock,
                          @Value("${protokol.minutes.tacit-approval-interval:PT10M}") Duration interval) {
        this.meetings = meetings;
        this.commands = commands;
        this.clock = clock;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        if (interval.isZero() || interval.isNegative() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tacit-approvals");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                approveDue();
            } catch (RuntimeException e) {
                log.warn("Tacit approvals not checked this time: {}", e.toString());
            }
        }, Math.min(interval.toMillis(), 60_000), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends the approval to every meeting due now; answers those approved. Refused ones are left for next time. */
    public List<MeetingId> approveDue() {
        List<MeetingId> approved = new ArrayList<>();
        for (MeetingId meeting : meetings.dueForTacitApproval(clock.instant(), BATCH)) {
            try {
                commands.sendAndWait(new ApproveMinutesTacitly(meeting, clock.instant()));
                approved.add(meeting);
                log.info("Minutes of meeting {} approved tacitly: the objection period ended without objections",
                        meeting);
            } catch (RuntimeException refused) {
                String why = Refusal.of(refused).map(Object::toString).orElseThrow(() -> refused);
                log.debug("Minutes of meeting {} not approved tacitly: {}", meeting, why);
            }
        }
        return approved;
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
