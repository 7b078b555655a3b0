package dk.protokol.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * Redirects to ourselves are relative ({@code Location: /login}), so the Host header a request came with is never
 * reflected in one (issue 11: {@code Location: http://evil.example/login}). Spring Security builds some redirects
 * absolute from the request (the login page for a signed-out visitor, the page asked for before logging in); an
 * absolute {@code Location} whose origin is the request's own is cut to its path, query and fragment. Tomcat keeps a
 * relative redirect relative ({@code server.tomcat.use-relative-redirects}). Redirects elsewhere (an OpenID Connect
 * provider) are left as they are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
public class RelativeRedirectFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Relative(request, response));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static String relative(HttpServletRequest request, String location) {
        if (location == null) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException unreadable) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return location;
        }
        String own = PublicBaseUrl.origin(request.getScheme(), request.getServerName(), request.getServerPort());
        if (!PublicBaseUrl.origin(uri.getScheme(), uri.getHost(), uri.getPort()).equals(own)) {
            return location;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static final class Relative extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Relative(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(request, location));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(request, value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(request, value) : value);
        }
    }
}
