package dk.protokol.infra.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The mail's settings ({@code protokol.mail.*}, each with an environment variable; see application.yml and the
 * README's "Mail"). Without a host ({@code PROTOKOL_MAIL_HOST}) nothing is sent: the outbox fills and is read at
 * {@code /udbakke}.
 */
@Component
public class MailSettings {

    private final String host;
    private final String from;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int reminderDaysBefore;

    public MailSettings(@Value("${protokol.mail.host:}") String host,
                        @Value("${protokol.mail.from:protokol@localhost}") String from,
                        @Value("${protokol.mail.max-attempts:8}") int maxAttempts,
                        @Value("${protokol.mail.initial-backoff:PT1M}") Duration initialBackoff,
                        @Value("${protokol.mail.max-backoff:PT6H}") Duration maxBackoff,
                        @Value("${protokol.mail.reminders.days-before:3}") int reminderDaysBefore) {
        this.host = host == null ? "" : host.strip();
        this.from = from;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.reminderDaysBefore = Math.max(0, reminderDaysBefore);
    }

    /** Whether an SMTP server is configured (else the outbox is only read in the pages). */
    public boolean sends() {
        return !host.isEmpty();
    }

    public String from() {
        return from;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public int reminderDaysBefore() {
        return reminderDaysBefore;
    }

    /**
     * How long to wait after the {@code attempts}-th failed attempt: the initial backoff doubled per attempt
     * before it, at most the maximum (1 min, 2, 4, ... 6 h by default).
     */
    public Duration backoffAfter(int attempts) {
        return backoff(initialBackoff, maxBackoff, attempts);
    }

    static Duration backoff(Duration initial, Duration max, int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }
}
