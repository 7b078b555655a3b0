package dk.protokol.infra.security;

import org.springframework.security.web.WebAttributes;
import org.springframework.security.access.AccessDeniedException;
import jakarta.servlet.http.HttpServletResponse;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.infra.web.CorrelationIdFilter;
import dk.protokol.infra.web.ProblemWriter;
import dk.protokol.infra.web.Problems;
import dk.protokol.infra.web.PublicBaseUrl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import java.io.IOException;
import java.util.Set;

/**
 * Login and the HTTP-level rules (DESIGN.md "Security"). Two filter chains:
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic on every request, no session, so no CSRF token is needed: nothing a
 *   browser sends on its own (a cookie) authenticates an API call. 401/403 are problem+json.</li>
 *   <li>everything else (pages): form login at {@code /login} (the web module's page) with a session, CSRF
 *   protection on; OpenID Connect login besides when {@code spring.security.oauth2.client.registration.*} is
 *   configured, as the Protokol account bound to the provider identity ({@link AccountOidcUserService}); a
 *   refused login goes back to the login page with the reason ({@link OidcLoginFailureHandler}).</li>
 * </ul>
 * Who may do what beyond "signed in" is decided per method by {@link AccessPolicy} ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    static final String REALM = "Protokol";

    /** Same-origin everything; images may be data: URIs (Swagger UI's icons). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** {@code Sec-Fetch-Site} values of a request a page of ours (or no browser at all) made. */
    private static final Set<String> OWN_ORIGIN = Set.of("same-origin", "none");

    /**
     * Passwords are stored with bcrypt. A successful check may be remembered for a while so that HTTP Basic does not
     * cost bcrypt on every request ({@link VerifiedPasswords}, {@code protokol.security.verified-passwords.ttl}); off
     * by default: without bcrypt's pacing, 50 concurrent writers on two nodes with pools of 12 connections waited out
     * the pool's 30-second timeout in two of three suite runs (FaultsOnPostgresTest: 503 at login), which points at a
     * request that holds one connection while it waits for another — to be found before this is turned on.
     */
    @Bean
    public PasswordEncoder passwordEncoder(
            @Value("${protokol.security.verified-passwords.ttl:PT0S}") java.time.Duration ttl,
            @Value("${protokol.security.verified-passwords.capacity:10000}") int capacity) {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), ttl, capacity);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems, PublicBaseUrl baseUrl,
                                           LoginThrottle throttle, ApiKeys apiKeys,
                                           JwtAccounts tokens) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            if (failure instanceof InternalAuthenticationServiceException) {
                // the accounts could not be read (a database restart): not wrong credentials, try again (issue 13)
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                        "Log-ind kunne ikke kontrolleres lige nu, fordi databasen ikke svarede. Prøv igen om lidt.");
                problem.setProperty("correlationId", CorrelationIdFilter.of(request));
                problems.write(request, response, problem);
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED,
                    "Log ind med brugernavn og adgangskode (HTTP Basic)."));
        };
        AccessDeniedHandler forbidden = (request, response, failure) -> problems.write(request, response,
                Problems.of(HttpStatus.FORBIDDEN, "Du har ikke adgang til denne handling."));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(request -> isCrossSiteWrite(request, baseUrl)).denyAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                // an integration's API key or provider token (Authorization: Bearer …) before HTTP Basic (issue 15)
                .addFilterBefore(new BearerCredentialsFilter(apiKeys, tokens, problems), BasicAuthenticationFilter.class)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * {@code /actuator/prometheus}: the operators' scraper, as an administrator (an API key, {@code Authorization:
     * Bearer prk_…}, or HTTP Basic); no session, no page.
     */
    @Bean
    @Order(0)
    public SecurityFilterChain metricsSecurity(HttpSecurity http, ProblemWriter problems, ApiKeys apiKeys,
                                               JwtAccounts tokens, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(GlobalRole.ADMIN.name()))
                .httpBasic(basic -> basic.realmName(REALM))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerCredentialsFilter(apiKeys, tokens, problems), BasicAuthenticationFilter.class)
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pageSecurity(HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> registrations, AccountOidcUserService accountsByOidc,
            AccountStore accounts, LoginThrottle throttle, ProblemWriter problems) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        // Spring Boot's error page must be reachable to show a failure that has been authorised
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        // style sheets and scripts hold nothing secret, and the login page needs them
                        .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                        .requestMatchers("/webjars/**").permitAll()
                        // the login page with any query (?error, ?logout, ?lang=en); formLogin's permitAll
                        // matches the exact URL, query included
                        .requestMatchers("/login").permitAll()
                        // the public pages of bodies that publish their approved minutes (issue 14): read without
                        // login; what they show is decided per body and meeting by the read side, 404 otherwise
                        .requestMatchers(HttpMethod.GET, "/offentlig", "/offentlig/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        // the accounts could not be read (a database restart): say so, not "wrong password"
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + (failure instanceof InternalAuthenticationServiceException
                                        ? "/login?error=unavailable" : "/login?error"))))
                .httpBasic(basic -> basic.realmName(REALM))
                .logout(Customizer.withDefaults())
                .exceptionHandling(handling -> handling.accessDeniedHandler(SecurityConfiguration::pageDenied))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems),
                        UsernamePasswordAuthenticationFilter.class)
                .headers(SecurityConfiguration::headers)
                // a session of an account disabled since it signed in ends at its next request
                .addFilterBefore(new SignOutDisabledAccounts(accounts), AuthorizationFilter.class);
        // Spring Boot makes the repository only when a provider is configured
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    // an OpenID Connect login acts as the Protokol account bound to it, or is refused
                    .userInfoEndpoint(userInfo -> userInfo
                            .oidcUserService(accountsByOidc)
                            .userService(SecurityConfiguration::refusePlainOAuth2))
                    .failureHandler(new OidcLoginFailureHandler()));
        }
        return http.build();
    }

    /**
     * A registration without the {@code openid} scope logs in with plain OAuth2: no ID token, so no issuer and
     * subject to bind an account to. Such a login would be signed in with no account; it is refused.
     */
    private static OAuth2User refusePlainOAuth2(OAuth2UserRequest request) {
        throw new OAuth2AuthenticationException(new OAuth2Error("protokol_openid_scope_required",
                "Login med " + request.getClientRegistration().getRegistrationId()
                        + " kræver OpenID Connect (scope openid).", null));
    }

    /**
     * As Spring's default (403 through the error page), but the error page is told why: a form that comes back
     * without a valid CSRF token (its session ended) gets a page that says so and shows what was typed.
     */
    private static void pageDenied(HttpServletRequest request, HttpServletResponse response,
                                   AccessDeniedException denied) throws IOException {
        if (!response.isCommitted()) {
            request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }

    /**
     * A browser that has been given Basic credentials sends them along with a forged cross-site request just
     * as it would a cookie. A browser says where a request comes from: {@code Sec-Fetch-Site}, and (older browsers,
     * or where that header is stripped) {@code Origin}; refuse changes that another site started. An {@code Origin}
     * must be the configured public base URL's or the request's own ({@link PublicBaseUrl#isOwnOrigin}); the opaque
     * {@code Origin: null} is refused too. Clients that are not browsers send neither header.
     */
    static boolean isCrossSiteWrite(HttpServletRequest request, PublicBaseUrl baseUrl) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !OWN_ORIGIN.contains(site)) {
            return true;
        }
        return !baseUrl.isOwnOrigin(request.getHeader(HttpHeaders.ORIGIN), request);
    }
}
