package dk.protokol.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Locale;

/**
 * Where people reach Protokol ({@code protokol.public-base-url}, {@code PROTOKOL_PUBLIC_BASE_URL}; the embedded start's
 * {@code http://localhost:8080} by default). The Host header a request arrives with is the client's to choose, so it is
 * never trusted on its own: a change from a browser must come from this origin or the request's own
 * ({@link #isOwnOrigin}), the session cookie is {@code Secure} when this is https, and redirects are relative
 * ({@link RelativeRedirectFilter}).
 */
@Component
public class PublicBaseUrl {

    private final URI base;
    private final String origin;

    public PublicBaseUrl(@Value("${protokol.public-base-url:http://localhost:8080}") String baseUrl) {
        URI uri = URI.create(baseUrl.strip());
        if (uri.getScheme() == null || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("protokol.public-base-url must be an absolute http(s) URL, e.g. "
                    + "https://protokol.example.dk; got '" + baseUrl + "'");
        }
        this.base = uri;
        this.origin = origin(uri.getScheme(), uri.getHost(), uri.getPort());
    }

    public URI uri() {
        return base;
    }

    public boolean isHttps() {
        return "https".equalsIgnoreCase(base.getScheme());
    }

    /** The origin ({@code scheme://host[:port]}, RFC 6454) of the base URL. */
    public String origin() {
        return origin;
    }

    /** Whether an {@code Origin} header names this installation: the base URL's origin, or the request's own. */
    public boolean isOwnOrigin(String originHeader, HttpServletRequest request) {
        if (originHeader == null) {
            return true;
        }
        URI uri;
        try {
            uri = URI.create(originHeader.strip());
        } catch (IllegalArgumentException unreadable) {
            return false; // "null" (a sandboxed or privacy-sensitive context) and garbage alike
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String given = origin(uri.getScheme(), uri.getHost(), uri.getPort());
        return given.equals(origin)
                || given.equals(origin(request.getScheme(), request.getServerName(), request.getServerPort()));
    }

    static String origin(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        int defaultPort = "https".equals(lowerScheme) ? 443 : 80;
        int effective = port < 0 ? defaultPort : port;
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (effective == defaultPort ? "" : ":" + effective);
    }
}
