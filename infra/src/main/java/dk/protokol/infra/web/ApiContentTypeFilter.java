package dk.protokol.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Set;

/**
 * The API takes its bodies as JSON ({@code application/json}, or an {@code application/*+json} type) and files as
 * {@code multipart/form-data}; a body of any other declared type, a wildcard ({@code application/*}), a type that
 * cannot be read or a character set Java does not know is answered 415 problem+json before anything reads it
 * (issue 11: {@code application/*} was a 500). A request without a body is not asked what it is.
 * <p>
 * Ordered after Spring Security (-100), so that an unauthenticated request is still told 401, and before the
 * {@link IdempotencyFilter}, which reads the body.
 */
@Component
@Order(-20)
public class ApiContentTypeFilter extends OncePerRequestFilter {

    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    static final String DETAIL = "Indholdstypen understøttes ikke; send JSON (Content-Type: application/json).";

    private final ProblemWriter problems;

    public ApiContentTypeFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiRequests.isApi(request) || WITHOUT_BODY.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String declared = request.getContentType();
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        // without a body the declared type does not matter (a POST of an action that takes none); without a type
        // Spring MVC answers 415 itself
        if (!hasBody || declared == null || acceptable(declared)) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(request, response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, DETAIL));
    }

    static boolean acceptable(String declared) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(declared);
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return false;
        }
        String charset = type.getParameter("charset");
        if (charset != null) {
            try {
                Charset.forName(charset.replace("\"", ""));
            } catch (IllegalArgumentException unknown) {
                return false;
            }
        }
        boolean json = "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        boolean multipart = "multipart".equals(type.getType()) && "form-data".equals(type.getSubtype())
                && type.getParameter("boundary") != null;
        return json || multipart;
    }
}
