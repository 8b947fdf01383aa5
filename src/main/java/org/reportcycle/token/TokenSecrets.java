package org.reportcycle.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What a token looks like: {@code rc_} and 40 URL-safe characters (240 random bits), and the SHA-256 kept of it.
 * A fast hash is enough for a secret this long and random; no guessing can walk through its space.
 */
final class TokenSecrets {

    static final String PREFIX = "rc_";
    private static final int RANDOM_BYTES = 30;
    private static final Pattern SHAPE = Pattern.compile("rc_[A-Za-z0-9_-]{40}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Anything else is refused before the database is asked. */
    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
