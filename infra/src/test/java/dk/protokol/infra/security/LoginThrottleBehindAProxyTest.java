package dk.protokol.infra.security;

import dk.protokol.infra.web.ApiTest;
import dk.protokol.infra.web.Http;
import dk.protokol.infra.web.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy ({@code PROTOKOL_FORWARD_HEADERS=native}, i.e. {@code server.forward-headers-strategy}):
 * the address login throttling counts is the client's, from {@code X-Forwarded-For} set by the proxy (here the test
 * on the loopback address, a trusted internal proxy), not the proxy's own. Twenty wrong passwords from one client lock
 * that client, even with the right password, while the proxy itself and another client behind it log in. Without the
 * strategy the header is ignored: {@code LoginThrottleApiTest.anXForwardedForIsIgnoredWithoutAProxyStrategy}.
 */
@ApiTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleBehindAProxyTest {

    static final String CLIENT = "203.0.113.7";
    static final String OTHER_CLIENT = "198.51.100.9";

    @LocalServerPort
    int port;
    @Value("${protokol.demo-password:demo}")
    String demoPassword;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    DemoAccounts demoAccounts;

    @BeforeEach
    void accounts() {
        TestUsers.ensure(demoAccounts);
    }

    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    @Test
    void theClientNamedByTheProxyIsThrottledNotTheProxy(CapturedOutput output) {
        Http http = new Http(port);
        for (int i = 1; i <= 20; i++) {
            assertThat(http.get("ukendt-" + i, "forkert-kode", "/api/test-only/whoami",
                    headers -> headers.set("X-Forwarded-For", CLIENT)).status()).isEqualTo(401);
        }

        assertThat(http.get("admin", demoPassword, "/api/test-only/whoami",
                headers -> headers.set("X-Forwarded-For", CLIENT)).status()).isEqualTo(429);
        assertThat(http.get("admin", demoPassword, "/api/test-only/whoami",
                headers -> headers.set("X-Forwarded-For", OTHER_CLIENT)).status()).isEqualTo(200);
        assertThat(http.get("admin", demoPassword, "/api/test-only/whoami").status()).isEqualTo(200);
        assertThat(throttle.lockedUntil(null, CLIENT)).isPresent();
        assertThat(throttle.lockedUntil(null, "127.0.0.1")).isEmpty();
        assertThat(output.getAll()).contains("Login locked by address after 20 wrong passwords")
                .contains("address " + CLIENT);
    }
}
