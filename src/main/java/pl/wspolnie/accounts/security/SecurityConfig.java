package pl.wspolnie.accounts.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import pl.wspolnie.accounts.AccountService;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.List;
import java.util.Map;

/**
 * One security chain for pages and the API. Anonymous visitors reach only the paths that
 * modules declare as {@link PublicPaths}; every other request needs a login, and what a
 * logged-in person may do is decided in the use cases (Permissions). CSRF protects every
 * form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2";
        return new DelegatingPasswordEncoder(current, Map.of(current,
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths,
            AccountUserDetailsService userDetails, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            LoginHandlers handlers, AccountService accounts,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mvc) throws Exception {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetails);
        dao.setPasswordEncoder(passwordEncoder);
        // Check the password before telling that an account is unconfirmed, so a wrong
        // password reveals nothing.
        dao.setPreAuthenticationChecks(user -> {
        });
        dao.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("e-mail not confirmed");
            }
        });
        // A path no controller serves gets the 404 page, also for anonymous visitors (not
        // a login redirect).
        http.authenticationProvider(new ThrottledAuthenticationProvider(dao, throttle, accounts))
            .authorizeHttpRequests(auth -> auth.requestMatchers(new PublicPathMatcher(publicPaths))
                .permitAll()
                .requestMatchers(new UnmappedPathMatcher(mvc))
                .permitAll()
                .anyRequest()
                .authenticated())
            .formLogin(form -> form.loginPage("/login")
                .usernameParameter("email")
                .passwordParameter("password")
                .successHandler(handlers)
                .failureHandler(handlers)
                .permitAll())
            .logout(logout -> logout.logoutUrl("/logout")
                .logoutSuccessUrl("/?loggedOut")
                .deleteCookies("JSESSIONID")
                .permitAll())
            // The CSRF token lives in an HttpOnly cookie, not the session: anonymous
            // visitors (and crawlers)
            // reading public pages never create a server-side session.
            // /preferences only sets the font-size and contrast cookies: no CSRF token,
            // so public pages
            // carry nothing per visitor and can be cached (see PublicPageCache).
            .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens())
                .ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/preferences")))
            .sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(
                        ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("wsp_csrf");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").path("/"));
        return tokens;
    }

    /**
     * The load balancer's health probes (status only; see management.endpoint.health in
     * application.yml).
     */
    @Bean
    PublicPaths healthPublicPaths() {
        return PublicPaths.get("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness");
    }

    @Bean
    PublicPaths accountPublicPaths() {
        return PublicPaths.any("/login", "/login/unlock", "/register", "/register/**", "/password/forgot",
                "/password/reset");
    }

}
