package dk.protokol.infra.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's arithmetic on a clock the test moves: no sleeping. */
class LoginThrottleTest {

    static final String HOME = "10.0.0.1";
    static final String ELSEWHERE = "10.0.0.2";

    final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T08:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void theFifthWrongPasswordWithinTheWindowLocksTheAccountForTheLockout() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("kasserer", HOME);
            clock.move(Duration.ofMinutes(1));
        }
        assertThat(throttle.lockedUntil("kasserer", HOME)).isEmpty();

        throttle.failed("Kasserer ", ELSEWHERE);

        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("kasserer", HOME)).contains(until);
        assertThat(throttle.lockedUntil("kasserer", "10.9.9.9")).as("from any address").contains(until);
        assertThat(throttle.lockedUntil("revisor", HOME)).as("another account").isEmpty();
        assertThat(throttle.minutesUntil(until)).isEqualTo(15);

        clock.move(Duration.ofMinutes(14).plusSeconds(1));
        assertThat(throttle.minutesUntil(until)).isEqualTo(1);
        assertThat(throttle.lockedUntil("kasserer", HOME)).isPresent();
        clock.move(Duration.ofSeconds(59));
        assertThat(throttle.lockedUntil("kasserer", HOME)).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("kasserer", HOME);
        }
        clock.move(Duration.ofMinutes(16));
        throttle.failed("kasserer", HOME);
        assertThat(throttle.lockedUntil("kasserer", HOME)).isEmpty();
    }

    @Test
    void aSuccessfulLoginForgetsTheAccountsFailuresButNotTheAddresses() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("kasserer", HOME);
        }
        throttle.succeeded("kasserer");
        throttle.failed("kasserer", HOME);
        assertThat(throttle.lockedUntil("kasserer", HOME)).isEmpty();
    }

    @Test
    void manyAccountsTriedFromOneAddressLockTheAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("konto" + i, HOME);
        }
        assertThat(throttle.lockedUntil("en-ny-konto", HOME)).isPresent();
        assertThat(throttle.lockedUntil("en-ny-konto", ELSEWHERE)).isEmpty();
        assertThat(throttle.lockedUntil("konto1", ELSEWHERE)).as("four failures each: no account is locked")
                .isEmpty();
    }

    @Test
    void theRefusalSaysHowManyMinutesInDanish() {
        assertThat(LoginThrottleFilter.message(15)).isEqualTo("For mange forkerte forsøg. Prøv igen om 15 minutter.");
        assertThat(LoginThrottleFilter.message(1)).isEqualTo("For mange forkerte forsøg. Prøv igen om 1 minut.");
    }

    static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
