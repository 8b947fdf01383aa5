package org.reportcycle.system;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One endpoint in one state (a row of the authorization matrix), and what each identity gets from it: the status
 * and checks of the answer's body. A row that leaves an identity out is refused when the matrix is built.
 */
final class AuthorizationRow {

    /** Who asks. {@code username} is null for nobody signed in. */
    enum Identity {
        ANONYMOUS(null),
        HEAD("zzb"),
        OTHER_HEAD("xjb"),
        OFFICE("office"),
        LEADER("wang.jianguo"),
        SIGNER("li.minghua"),
        ADMIN("admin");

        static final List<Identity> HEADS = List.of(HEAD, OTHER_HEAD);
        static final List<Identity> OVERSEERS = List.of(OFFICE, LEADER, SIGNER, ADMIN);
        static final List<Identity> SIGNED_IN = List.of(HEAD, OTHER_HEAD, OFFICE, LEADER, SIGNER, ADMIN);

        final String username;

        Identity(String username) {
            this.username = username;
        }

        boolean oversees() {
            return OVERSEERS.contains(this);
        }
    }

    /** A check of the answer an identity got: its body as text. */
    interface Check {
        void verify(Identity who, String body) throws Exception;
    }

    /** What one identity gets: a status and checks of the body. */
    record Expected(int status, List<Check> checks) {}

    final String endpoint;
    final String state;
    final boolean page;
    final Supplier<MockHttpServletRequestBuilder> request;
    final Function<Identity, String> body;
    final Map<Identity, Expected> expected = new EnumMap<>(Identity.class);

    private AuthorizationRow(
            String endpoint,
            String state,
            boolean page,
            Supplier<MockHttpServletRequestBuilder> request,
            Function<Identity, String> body) {
        this.endpoint = endpoint;
        this.state = state;
        this.page = page;
        this.request = request;
        this.body = body;
        expected.put(Identity.ANONYMOUS, new Expected(page ? 302 : 401, List.of()));
    }

    /** An API row, {@code endpoint} as the mapping writes it ("GET /api/bulletins/{period}"), JSON body or null. */
    static AuthorizationRow api(
            String endpoint, String state, Supplier<MockHttpServletRequestBuilder> request, String json) {
        return new AuthorizationRow(endpoint, state, false, request, who -> json);
    }

    /** An API row whose body depends on who sends it (e.g. a fresh period for the one who may open it). */
    static AuthorizationRow api(
            String endpoint,
            String state,
            Supplier<MockHttpServletRequestBuilder> request,
            Function<Identity, String> json) {
        return new AuthorizationRow(endpoint, state, false, request, json);
    }

    /** A page row: signed in with a session and the page's CSRF token; form parameters go on the request. */
    static AuthorizationRow page(String endpoint, String state, Supplier<MockHttpServletRequestBuilder> request) {
        return new AuthorizationRow(endpoint, state, true, request, who -> null);
    }

    AuthorizationRow as(Identity who, int status, Check... checks) {
        expected.put(who, new Expected(status, List.of(checks)));
        return this;
    }

    AuthorizationRow as(List<Identity> who, int status, Check... checks) {
        who.forEach(w -> as(w, status, checks));
        return this;
    }

    /** Everyone signed in gets the same. */
    AuthorizationRow all(int status, Check... checks) {
        return as(Identity.SIGNED_IN, status, checks);
    }

    /** Everyone signed in but {@code who} gets {@code status}; call it after the exceptions. */
    AuthorizationRow others(int status, Check... checks) {
        Identity.SIGNED_IN.stream().filter(w -> !expected.containsKey(w)).forEach(w -> as(w, status, checks));
        return this;
    }

    boolean complete() {
        return expected.size() == Identity.values().length;
    }

    @Override
    public String toString() {
        return endpoint + " [" + state + "]";
    }
}
