package org.reportcycle.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Pages use form login with a session and CSRF tokens. The API under /api takes the same session (with its
 * CSRF token) or HTTP Basic for scripts. A request that carries Basic credentials needs no CSRF token:
 * a browser never adds that header by itself, because the API answers 401 without a Basic challenge, so the
 * browser never caches Basic credentials.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(a -> a.anyRequest().authenticated())
            .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
            .csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::basicCredentials))
            .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                .accessDeniedHandler(problems::accessDenied));
        return http.build();
    }

    private static boolean basicCredentials(jakarta.servlet.http.HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/login", "/css/**", "/favicon.ico", "/error").permitAll()
                .requestMatchers("/outbox/**").hasAnyRole(Role.OFFICE.name(), Role.ADMIN.name())
                .anyRequest().authenticated())
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/tasks", true).permitAll())
            .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:")));
        return http.build();
    }
}
