package dk.protokol.infra.web;

import dk.protokol.events.command.FieldMessage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.http.ProblemDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on {@code POST /api/**} (API.md "Conventions"): a client that is unsure whether its
 * command went through sends it again with the same key and gets the first answer back, while nothing new is
 * recorded. Keys are per user. The same key with another request is refused (409
 * {@code IdempotencyKeyReused}), as is a duplicate that arrives while the first is still running (409
 * {@code IdempotencyKeyInFlight}). Only successful answers are kept: after an error the key is free again,
 * since the error recorded nothing.
 * <p>
 * Ordered after Spring Security (whose filter chain sits at -100), so the user is known and an
 * unauthenticated request never reserves a key.
 */
@Component
@Order(0)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Set on an answer that is a replay of the first one. */
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
    private static final String RESERVATION = IdempotencyFilter.class.getName() + ".reservation";
    private static final String KEPT = IdempotencyFilter.class.getName() + ".kept";

    private final IdempotencyStore store;
    private final ProblemWriter problems;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    private final AttachmentUploads uploads;

    IdempotencyFilter(IdempotencyStore store, ProblemWriter problems,
                      ObjectProvider<PlatformTransactionManager> transactions, AttachmentUploads uploads) {
        this.uploads = uploads;
        this.store = store;
        this.problems = problems;
        this.transactions = transactions;
    }

    private record Reservation(String username, String key) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !ApiRequests.isApi(request)
                || request.getHeader(HEADER) == null;
    }

    /** A controller answering asynchronously finishes on a second dispatch; the answer is complete only then. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            chain.doFilter(request, response);
            finishIfComplete(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!ACCEPTABLE_KEY.matcher(key).matches()) {
            problems.write(request, response, Problems.invalid(new FieldMessage(HEADER,
                    "Idempotency-Key skal være 1-255 synlige ASCII-tegn, fx et UUID.")));
            return;
        }
        String username = currentUser();
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = null;
        String hash;
        if (RequestSizeLimitFilter.isMultipart(request)) {
            // a file upload: compared by its parts (a client's retry draws a new boundary), read by the container
            // to disk under the multipart limits, never whole into memory; the handler reads the same parts
            try {
                hash = hashParts(request);
            } catch (IllegalStateException | ServletException | IOException unreadable) {
                problems.write(request, response, tooLargeOrUnreadable(unreadable));
                return;
            }
        } else {
            try {
                body = request.getInputStream().readAllBytes();
            } catch (PayloadTooLarge tooLarge) {
                problems.write(request, response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                        "Forespørgslen er for stor; den må højst fylde " + tooLarge.limit() + " bytes."));
                return;
            }
            hash = hash(request, body);
        }
        IdempotencyStore.Outcome outcome;
        try {
            outcome = store.reserve(username, key, hash);
        } catch (DataAccessException unavailable) {
            // the key could not be checked: nothing was run, the client may send it again (issue 13)
            log.error("Could not check Idempotency-Key {} of {}", key, username, unavailable);
            problems.write(request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Handlingen blev ikke "
                    + "gemt, fordi databasen ikke svarede. Prøv igen med samme Idempotency-Key."));
            return;
        }
        if (outcome instanceof IdempotencyStore.Replay replay) {
            replay(replay, response);
        } else if (outcome instanceof IdempotencyStore.Reused) {
            problems.write(request, response, Problems.refused("IdempotencyKeyReused", "Idempotency-Key '" + key
                    + "' er allerede brugt til en anden forespørgsel. Brug en ny nøgle til en ny handling."));
        } else if (outcome instanceof IdempotencyStore.InFlight) {
            problems.write(request, response, Problems.refused("IdempotencyKeyInFlight", "En forespørgsel med "
                    + "Idempotency-Key '" + key + "' er stadig i gang. Vent på dens svar, og prøv så igen med "
                    + "samme nøgle."));
        } else {
            run(new Reservation(username, key), body == null ? request : new CachedBodyRequest(request, body), response,
                    chain);
        }
    }

    /**
     * Runs the request in one transaction with the keeping of its answer (issue 13): the command's events and the
     * key's answer commit together, so a crash between them cannot leave a recorded command whose retry runs it
     * again. A request that fails, or whose answer cannot be kept, records nothing and frees the key.
     */
    private void run(Reservation reservation, HttpServletRequest request, HttpServletResponse response,
                     FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        request.setAttribute(RESERVATION, reservation);
        PlatformTransactionManager manager = transactions.getIfAvailable();
        boolean answered = false;
        try {
            if (manager == null) {
                chain.doFilter(request, answer);
            } else {
                new TransactionTemplate(manager).executeWithoutResult(status -> {
                    try {
                        chain.doFilter(request, answer);
                    } catch (IOException | ServletException failure) {
                        throw new IllegalStateException(failure);
                    }
                    if (!isAsyncStarted(request)) {
                        keepInTransaction(request, answer, status);
                    }
                });
            }
            answered = true;
        } catch (DataAccessException | TransactionException notKept) {
            // the answer could not be kept with the command: both rolled back, nothing was recorded
            log.error("Could not keep the answer for Idempotency-Key {} of {}; nothing was recorded",
                    reservation.key(), reservation.username(), notKept);
            release(reservation);
            answer.resetBuffer();
            request.removeAttribute(RESERVATION);
            problems.write(request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Handlingen blev ikke "
                    + "gemt, fordi databasen ikke svarede. Prøv igen med samme Idempotency-Key."));
            return;
        } catch (IllegalStateException wrapped) {
            if (wrapped.getCause() instanceof IOException io) {
                throw io;
            }
            if (wrapped.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw wrapped;
        } finally {
            if (!answered && request.getAttribute(RESERVATION) != null) {
                // an exception on its way to the container's error page: nothing was recorded
                release(reservation);
            }
        }
        finishIfComplete(request, answer);
    }

    /** Keeps a success answer in the request's transaction; any other answer rolls the request back. */
    private void keepInTransaction(HttpServletRequest request, ContentCachingResponseWrapper answer,
                                   TransactionStatus status) {
        Reservation reservation = (Reservation) request.getAttribute(RESERVATION);
        if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
            store.remember(reservation.username(), reservation.key(), answer.getStatus(), answer.getContentType(),
                    answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray());
            request.setAttribute(KEPT, Boolean.TRUE);
        } else {
            status.setRollbackOnly();
        }
    }

    private void finishIfComplete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isAsyncStarted(request)) {
            return;
        }
        Reservation reservation = (Reservation) request.getAttribute(RESERVATION);
        ContentCachingResponseWrapper answer =
                WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        if (reservation == null || answer == null) {
            return;
        }
        request.removeAttribute(RESERVATION);
        try {
            if (Boolean.TRUE.equals(request.getAttribute(KEPT))) {
                // kept with the command, in its transaction
                request.removeAttribute(KEPT);
            } else if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                store.remember(reservation.username(), reservation.key(), answer.getStatus(),
                        answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                        answer.getContentAsByteArray());
            } else {
                store.release(reservation.username(), reservation.key());
            }
        } catch (DataAccessException notKept) {
            // the command went through; the client gets its answer, a retry meets "in flight" until it is stale
            log.error("Could not keep the answer for Idempotency-Key {} of {}", reservation.key(),
                    reservation.username(), notKept);
        } finally {
            answer.copyBodyToResponse();
        }
    }

    private void release(Reservation reservation) {
        try {
            store.release(reservation.username(), reservation.key());
        } catch (DataAccessException notReleased) {
            log.error("Could not release Idempotency-Key {} of {}", reservation.key(), reservation.username(),
                    notReleased);
        }
    }

    private static void replay(IdempotencyStore.Replay replay, HttpServletResponse response) throws IOException {
        response.setStatus(replay.status());
        if (replay.contentType() != null) {
            response.setContentType(replay.contentType());
        }
        if (replay.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, replay.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = replay.body() == null ? new byte[0] : replay.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication)
                ? authentication.getName()
                : null;
    }

    /** The parts of a multipart request, each by name, file name, type and the SHA-256 of its content. */
    private static String hashParts(HttpServletRequest request) throws IOException, ServletException {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Part part : request.getParts()) {
                sha256.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n" + part.getContentType()
                        + "\n").getBytes(StandardCharsets.UTF_8));
                MessageDigest content = MessageDigest.getInstance("SHA-256");
                try (InputStream in = part.getInputStream()) {
                    byte[] buffer = new byte[65536];
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        content.update(buffer, 0, read);
                    }
                }
                sha256.update(content.digest());
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }

    /** The container refuses parts beyond the multipart limits with an exception that names the size. */
    private ProblemDetail tooLargeOrUnreadable(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("size") && message.contains("exceed")) {
                return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, uploads.tooLargeMessage());
            }
        }
        return Problems.invalid(new FieldMessage("file",
                "Forespørgslen kunne ikke læses som multipart/form-data med en fil."));
    }

    /** The same key on another path is another request too, so the path is part of what is compared. */
    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
            sha256.update(target.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
