package dk.protokol.web.login;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The login page in the layout: local accounts by user name and password (Spring Security handles the POST to
 * {@code /login}), and one button per OpenID Connect provider when {@code spring.security.oauth2.client.registration.*}
 * is configured.
 */
@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers());
        return "login";
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
