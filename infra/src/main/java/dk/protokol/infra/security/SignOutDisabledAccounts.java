package dk.protokol.infra.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * A disabled account signs in no more, and is signed out of the pages at its next request too: a page session
 * keeps the login it began with, so without this an account disabled by the administrator would go on working until
 * it logged out. One row is read per page request of a signed-in session (by primary key), on whichever node serves
 * it; the API signs in on every request and is refused by the login itself.
 */
final class SignOutDisabledAccounts extends OncePerRequestFilter {

    /** The login page's message for a disabled account (the same as for a refused OpenID Connect login). */
    static final String SIGNED_OUT = "/login?error=" + OidcLoginRefused.Reason.DISABLED.queryValue();

    private final AccountStore store;

    SignOutDisabledAccounts(AccountStore store) {
        this.store = store;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<AccountPrincipal> account = session == null ? Optional.empty()
                : AccountPrincipal.of(SecurityContextHolder.getContext().getAuthentication());
        if (account.isPresent() && !store.enabled(account.get().accountId())) {
            SecurityContextHolder.clearContext();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + SIGNED_OUT);
            return;
        }
        chain.doFilter(request, response);
    }
}
