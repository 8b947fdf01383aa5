package org.reportcycle.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers the answers of the application's own password encoder, so that a suite sending thousands of
 * requests with HTTP Basic credentials runs bcrypt once per password and hash, not on every request (one check
 * at cost 10 takes 50 ms on a quiet CI machine and ten times that on a busy one). The application's encoder still
 * gives every first answer, wrong passwords included; encoding is not remembered, so a new hash is checked anew.
 * Imported by the test bases; not annotated, so that the application's component scan (in {@link AppNode})
 * leaves it out.
 */
public class RememberedPasswordChecks {

    @Bean
    static BeanPostProcessor rememberPasswordChecks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder encoder ? new Remembering(encoder) : bean;
            }
        };
    }

    private static final class Remembering implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private final Map<List<String>, Boolean> answers = new ConcurrentHashMap<>();

        Remembering(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence raw) {
            return encoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || encoded == null) {
                return encoder.matches(raw, encoded);
            }
            return answers.computeIfAbsent(List.of(raw.toString(), encoded), k -> encoder.matches(raw, encoded));
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return encoder.upgradeEncoding(encoded);
        }
    }
}
