package dk.protokol.infra.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.Map;

/**
 * The servlet container's part of the front door (issue 11):
 * <ul>
 *   <li>the session cookie {@code JSESSIONID} is {@code HttpOnly}, {@code SameSite=Lax} (Lax, not Strict: the
 *   OpenID Connect provider's redirect back to us is a cross-site top-level navigation that must carry the session
 *   holding the login's state) and {@code Secure} when {@code protokol.public-base-url} is https;</li>
 *   <li>redirects stay relative (Tomcat would otherwise make them absolute from the Host header);</li>
 *   <li>answers Tomcat gives itself, before any filter runs (a request line it cannot parse, an invalid character in
 *   the URL: 400), carry the same security headers as every other answer, from the host's error report valve.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class FrontDoorServerConfiguration {

    /** The headers Spring Security writes on every answer, for the answers that never reach it. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Cache-Control", "no-store",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> frontDoor(PublicBaseUrl baseUrl) {
        return factory -> {
            Cookie cookie = factory.getSession().getCookie();
            cookie.setHttpOnly(true);
            cookie.setSameSite(Cookie.SameSite.LAX);
            cookie.setSecure(baseUrl.isHttps());
            factory.addContextCustomizers(context -> {
                context.setUseRelativeRedirects(true);
                useSecureErrorReports(context.getParent());
            });
        };
    }

    /** Replaces the host's error report valve (Spring Boot's, or Tomcat's default) with {@link SecureErrorReportValve}. */
    private static void useSecureErrorReports(Container host) {
        if (host == null) {
            return;
        }
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof SecureErrorReportValve)) {
                host.getPipeline().removeValve(valve);
            }
        }
        SecureErrorReportValve valve = new SecureErrorReportValve();
        valve.setShowReport(false);
        valve.setShowServerInfo(false);
        host.getPipeline().addValve(valve);
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(SecureErrorReportValve.class.getName());
        }
    }

    /** Tomcat's error report, with the security headers and nothing about the server. */
    public static class SecureErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                SECURITY_HEADERS.forEach((name, value) -> {
                    if (response.getHeader(name) == null) {
                        response.setHeader(name, value);
                    }
                });
            }
            super.report(request, response, throwable);
        }
    }
}
