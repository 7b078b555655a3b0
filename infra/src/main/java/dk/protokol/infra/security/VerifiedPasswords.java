package dk.protokol.infra.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The password check with a cache of what it verified (issue 15): bcrypt costs ~75–150 ms here, and HTTP Basic checks
 * the password on every request, so an integration trying things out with Basic recorded fewer than 10 commands a
 * second. A successful check is remembered for {@code ttl} as an HMAC (a random key of this process's own) of the
 * password given together with the stored hash it matched; the same password against the same stored hash is then
 * accepted without bcrypt. A changed password has another stored hash, so what was remembered no longer matches; a
 * disabled or deleted account is refused before the password is looked at. Failed checks are never remembered (a
 * guess costs bcrypt every time, besides the login throttle), the cache holds at most {@code capacity} entries (the
 * oldest go), and it never holds a password or anything that can be checked without the process's key.
 * Encoding new hashes is the delegate's.
 */
public final class VerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final long ttlNanos;
    private final int capacity;
    private final LongSupplier nanoTime;
    private final SecretKeySpec key;
    /** HMAC → when it was verified (nanoTime); access order is insertion order: the oldest go first. */
    private final Map<String, Long> verified;

    public VerifiedPasswords(PasswordEncoder delegate, Duration ttl, int capacity) {
        this(delegate, ttl, capacity, System::nanoTime);
    }

    VerifiedPasswords(PasswordEncoder delegate, Duration ttl, int capacity, LongSupplier nanoTime) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
        this.capacity = capacity;
        this.nanoTime = nanoTime;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.verified = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > VerifiedPasswords.this.capacity;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || ttlNanos <= 0 || capacity <= 0) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = mac(rawPassword, encodedPassword);
        long now = nanoTime.getAsLong();
        synchronized (verified) {
            Long at = verified.get(entry);
            if (at != null) {
                if (now - at < ttlNanos) {
                    return true;
                }
                verified.remove(entry);
            }
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(entry, now);
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many verified checks are remembered (tests). */
    int remembered() {
        synchronized (verified) {
            return verified.size();
        }
    }

    private String mac(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
