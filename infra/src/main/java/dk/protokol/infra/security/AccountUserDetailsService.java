package dk.protokol.infra.security;

import dk.protokol.infra.web.StrictJson;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.Locale;

/** Login against the local accounts; the principal is an {@link AccountPrincipal}. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore store;

    AccountUserDetailsService(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // usernames are lower case by rule; a login typed as "Sekretaer" should still work
        String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (StrictJson.forbiddenCharacterAt(normalised) >= 0) {
            // a NUL would fail the query on PostgreSQL: no account has such a name
            throw new UsernameNotFoundException("No account with a control character in its name");
        }
        return store.findByUsername(normalised)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + normalised));
    }
}
