package dk.protokol.infra.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The back channel of an OpenID Connect provider on 127.0.0.1, for the login flow in a test: a token endpoint that
 * answers any code with an ID token for the user set by {@link #nextUser} (RS256, signed with a key made at
 * start), and the key set to check it with. Issuer {@code https://login.example.org}, audience {@code protokol}.
 */
final class FakeProvider {

    static final String ISSUER = "https://login.example.org";
    static final String CLIENT_ID = "protokol";

    private record NextUser(String subject, String preferredUsername, String nonce) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final AtomicReference<NextUser> next = new AtomicReference<>();

    private FakeProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    static FakeProvider start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("fake-provider").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeProvider provider = new FakeProvider(server, key);
            server.createContext("/token", provider::token);
            server.createContext("/jwks", exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String tokenUri() {
        return base() + "/token";
    }

    String jwkSetUri() {
        return base() + "/jwks";
    }

    /** Whom the next code stands for; the nonce is the one of the authorization request. */
    void nextUser(String subject, String preferredUsername, String nonce) {
        next.set(new NextUser(subject, preferredUsername, nonce));
    }

    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        NextUser user = next.get();
        // Spring Security checks the token's times against the real clock, so the token is made with it too
        Instant now = Clock.systemUTC().instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.subject())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", user.nonce())
                .claim("preferred_username", user.preferredUsername())
                .build();
        SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims);
        try {
            idToken.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        answer(exchange, "{\"access_token\":\"adgang\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                + "\"scope\":\"openid profile\",\"id_token\":\"" + idToken.serialize() + "\"}");
    }

    /** An access token for an integration (RS256 with the provider's key unless {@code foreignKey}). */
    String accessToken(String issuer, String subject, String audience, Instant expiresAt, boolean foreignKey) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issueTime(Date.from(expiresAt.minusSeconds(600)))
                .expirationTime(Date.from(expiresAt))
                .build();
        try {
            RSAKey signer = foreignKey ? new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate() : key;
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            token.sign(new RSASSASigner(signer));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
