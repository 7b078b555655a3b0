package dk.protokol.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A verified password is remembered, for a while, for its stored hash only; a wrong one never (issue 15). */
class VerifiedPasswordsTest {

    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final AtomicLong now = new AtomicLong();
    private final VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(10), 2, now::get);

    @Test
    void aVerifiedPasswordIsAcceptedAgainWithoutBcryptUntilItsTimeIsUp() {
        String stored = passwords.encode("hemmeligt-kodeord");
        assertThat(passwords.matches("hemmeligt-kodeord", stored)).isTrue();
        assertThat(passwords.matches("hemmeligt-kodeord", stored)).isTrue();
        assertThat(checks).hasValue(1);

        now.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(passwords.matches("hemmeligt-kodeord", stored)).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedWithBcryptEveryTimeAndNeverRemembered() {
        String stored = passwords.encode("hemmeligt-kodeord");
        assertThat(passwords.matches("forkert", stored)).isFalse();
        assertThat(passwords.matches("forkert", stored)).isFalse();
        assertThat(checks).hasValue(2);
        assertThat(passwords.remembered()).isZero();
    }

    @Test
    void aChangedPasswordHasAnotherStoredHashSoTheOldOneIsNoLongerAccepted() {
        String before = passwords.encode("gammelt-kodeord");
        assertThat(passwords.matches("gammelt-kodeord", before)).isTrue();
        String after = passwords.encode("nyt-kodeord");
        assertThat(passwords.matches("gammelt-kodeord", after)).isFalse();
        assertThat(passwords.matches("nyt-kodeord", after)).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    void theCacheHoldsAtMostItsCapacityTheOldestGoFirst() {
        String a = passwords.encode("kodeord-a");
        String b = passwords.encode("kodeord-b");
        String c = passwords.encode("kodeord-c");
        passwords.matches("kodeord-a", a);
        passwords.matches("kodeord-b", b);
        passwords.matches("kodeord-c", c);
        assertThat(passwords.remembered()).isEqualTo(2);
        checks.set(0);
        assertThat(passwords.matches("kodeord-a", a)).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void offWithAZeroTimeToLive() {
        VerifiedPasswords off = new VerifiedPasswords(counting, Duration.ZERO, 10);
        String stored = off.encode("hemmeligt-kodeord");
        off.matches("hemmeligt-kodeord", stored);
        off.matches("hemmeligt-kodeord", stored);
        assertThat(checks).hasValue(2);
    }
}
