package org.reportcycle.system;

import java.util.regex.Pattern;

/** The one check of what may be stored as an email address: name@domain.tld, no spaces, quotes or brackets. */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private EmailAddresses() {}

    public static boolean valid(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }
}
