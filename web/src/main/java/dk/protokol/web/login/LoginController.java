package dk.protokol.web.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The login page in the layout: local accounts by user name and password (Spring Security handles the POST to
 * {@code /login}), and one button per OpenID Connect provider when {@code spring.security.oauth2.client.registration.*}
 * is configured. After a failed login it says why: wrong user name or password, or why an OpenID Connect login
 * was refused ({@code ?error=oidc-unlinked&provider=<registrationId>} and the like).
 */
@Controller
class LoginController {

    /**
     * The {@code error} values of a failed OpenID Connect login (infra's OidcLoginFailureHandler) and their
     * messages; any other value, or none ({@code ?error}), is a failed login with user name and password.
     */
    private static final Map<String, String> OIDC_ERRORS = Map.of(
            "oidc-unlinked", "login.oidc.unlinked",
            "oidc-mismatch", "login.oidc.mismatch",
            "oidc-disabled", "login.oidc.disabled",
            "oidc", "login.oidc.failed",
            // not OpenID Connect: the accounts could not be read (infra's form login failure handler)
            "unavailable", "login.unavailable");

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final MessageSource messages;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations, MessageSource messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    /**
     * The page; after a failed login ({@code error}: empty for the form, {@code oidc-*} for OpenID Connect, with
     * the provider's registration id in {@code provider}) with why.
     */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        List<Provider> providers = providers();
        model.addAttribute("providers", providers);
        // a bare ?error counts, whatever its value is made into (empty, or none at all)
        if ("locked".equals(request.getParameter("error"))) {
            // too many wrong passwords (infra's LoginThrottle): how long is told in whole minutes
            model.addAttribute("loginError", messages.getMessage("login.locked",
                    new Object[] {minutes(request.getParameter("minutes"))}, LocaleContextHolder.getLocale()));
        } else if (request.getParameterMap().containsKey("error")) {
            model.addAttribute("loginError",
                    errorMessage(request.getParameter("error"), request.getParameter("provider"), providers));
        }
        return "login";
    }

    /** The minutes of a lockout as the query gives them: a whole number from 1 to 1440, else 15. */
    static String minutes(String given) {
        try {
            int minutes = Integer.parseInt(given == null ? "" : given);
            return String.valueOf(minutes >= 1 && minutes <= 1440 ? minutes : 15);
        } catch (NumberFormatException notANumber) {
            return "15";
        }
    }

    /** The page's one failure message, in the page's language. */
    private String errorMessage(String error, String registrationId, List<Provider> providers) {
        Locale locale = LocaleContextHolder.getLocale();
        String key = error == null ? null : OIDC_ERRORS.get(error);
        if (key == null) {
            return messages.getMessage("login.error", null, locale);
        }
        // the name comes from the configuration, never from the query
        String providerName = providers.stream()
                .filter(each -> each.registrationId().equals(registrationId))
                .map(Provider::name)
                .findFirst()
                .orElseGet(() -> messages.getMessage("login.oidc.someProvider", null, locale));
        return messages.getMessage(key, new Object[] {providerName}, locale);
    }

    /** The configured providers; Spring Boot's repository can be listed, another kind is not asked. */
    List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration) {
                    providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        return providers;
    }

    /** A provider's button: its name and {@code /oauth2/authorization/<registrationId>}. */
    record Provider(String registrationId, String name) {

        public String href() {
            return "/oauth2/authorization/" + registrationId;
        }
    }
}
