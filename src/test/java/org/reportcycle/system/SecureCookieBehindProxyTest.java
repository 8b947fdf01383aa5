package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's server settings (application.yml) on a real Tomcat: behind a proxy that says
 * {@code X-Forwarded-Proto: https}, the request is secure and the session cookie Secure, the client address is
 * the forwarded one, and a session lasts 30 idle minutes. Only the web server is started (the cookie is made by
 * Tomcat, which MockMvc does not run), with one servlet that opens a session.
 */
@SpringBootTest(
        classes = SecureCookieBehindProxyTest.ServerOnly.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecureCookieBehindProxyTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndTheClientAddressIsTheForwardedOne() throws Exception {
        HttpResponse<String> response = http.send(
                request()
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie"))
                .get()
                .asString()
                .startsWith("JSESSIONID=")
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("HttpOnly");
        assertThat(response.body()).isEqualTo("secure=true address=203.0.113.9 idle=1800");
    }

    @Test
    void overPlainHttpTheCookieIsNotSecure() throws Exception {
        HttpResponse<String> response = http.send(request().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);

        assertThat(response.headers().firstValue("Set-Cookie"))
                .get()
                .asString()
                .startsWith("JSESSIONID=")
                .doesNotContainIgnoringCase("secure");
        assertThat(response.body()).isEqualTo("secure=false address=127.0.0.1 idle=1800");
    }

    private HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/session"))
                .GET();
    }

    /**
     * Just the embedded web server, configured by the application's properties. A plain configuration nested in a
     * test: other tests' search for the application does not find it, and the application's scan leaves it out.
     */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        ServletWebServerFactoryAutoConfiguration.class,
        EmbeddedWebServerFactoryCustomizerAutoConfiguration.class
    })
    static class ServerOnly {

        @Bean
        ServletRegistrationBean<HttpServlet> session() {
            return new ServletRegistrationBean<>(new SessionServlet(), "/session");
        }
    }

    /** Opens a session and says what the container made of the request. */
    static class SessionServlet extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            int idle = request.getSession(true).getMaxInactiveInterval();
            response.setContentType("text/plain");
            response.getWriter()
                    .print("secure=" + request.isSecure() + " address=" + request.getRemoteAddr() + " idle=" + idle);
        }
    }
}
