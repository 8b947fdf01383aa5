package org.reportcycle.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person at a browser-like client: signs in once with the form (one password check), then sends every API
 * call with that session's cookie and CSRF token, as the pages' scripts would. HTTP Basic would instead check
 * the password on every call. The cookie is kept here, so that all people share one {@link HttpClient}.
 */
final class RushClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http;
    private final String base;
    private String session;
    private String csrf;

    private RushClient(HttpClient http, int port) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
    }

    /** Signs {@code username} in (password {@code demo}); fails unless the sign-in leads on to a page. */
    static RushClient signedIn(HttpClient http, int port, String username) {
        RushClient client = new RushClient(http, port);
        client.signIn(username);
        return client;
    }

    private void signIn(String username) {
        HttpResponse<String> form = get("/login");
        remember(form);
        String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + URLEncoder.encode(token(form.body()), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String next = signIn.headers().firstValue("Location").orElse("");
        if (signIn.statusCode() != 302 || next.contains("/login")) {
            throw new IllegalStateException(username + " could not sign in: " + signIn.statusCode() + " " + next);
        }
        remember(signIn);
        csrf = token(get("/tasks").body());
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A JSON write (PUT or POST) in this session, with its CSRF token. */
    HttpResponse<String> write(String method, String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return session == null ? builder : builder.header("Cookie", "JSESSIONID=" + session);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .forEach(m -> session = m.group(1));
    }

    private static String token(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }
}
