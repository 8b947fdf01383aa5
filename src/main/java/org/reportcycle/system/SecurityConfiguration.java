package org.reportcycle.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One authentication per request. An API request carrying HTTP Basic credentials is authenticated by them alone:
 * it never reads or creates a session and needs no CSRF token (a browser never adds that header by itself,
 * because the API answers 401 without a Basic challenge). Every other API request and every page uses the form
 * login's session, and a state-changing request needs its CSRF token. Sign-ins go through {@link SignInGuard}.
 * An API request carrying {@code Authorization: Bearer} is authenticated by its personal API token alone, as
 * Basic is (stateless, no CSRF), but without a password: no bcrypt, and a refused token counts toward no lockout.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The only provider, so that no other one checks a password behind the lockout's back. */
    @Bean
    AuthenticationProvider signInGuard(UserDetailsService users, PasswordEncoder encoder, AccountLockout lockout) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new SignInGuard(passwords, lockout);
    }

    @Bean
    @Order(1)
    SecurityFilterChain bearerApiChain(
            HttpSecurity http, ProblemResponses problems, BearerTokens tokens, UserDetailsService users)
            throws Exception {
        http.securityMatcher(request -> API.matches(request) && BearerTokenFilter.carriesToken(request))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterAt(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(r -> r.disable())
                .anonymous(a -> a.disable())
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::accessDenied))
                .headers(SecurityConfiguration::referrerPolicy);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain basicApiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher(request -> API.matches(request) && basicCredentials(request))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(r -> r.disable())
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::accessDenied))
                .headers(SecurityConfiguration::referrerPolicy);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain sessionApiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .requestCache(r -> r.disable())
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::accessDenied))
                .headers(SecurityConfiguration::referrerPolicy);
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pageChain(HttpSecurity http, SignInPages signIns) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/login", "/css/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/outbox/**")
                        .hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/admin/incidents")
                        .hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name())
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .requestCache(r -> r.requestCache(signIns.requestCache()))
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(signIns::succeeded)
                        .failureHandler(signIns::failed)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> referrerPolicy(h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:"))));
        return http.build();
    }

    /** No address of ours (with its periods and departments) goes to another site. */
    private static void referrerPolicy(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    private static boolean basicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
