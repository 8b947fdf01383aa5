package org.reportcycle.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat refuses before the application sees it (an address it will not decode: {@code %2F}, {@code %5C},
 * {@code %00}) is answered like every other refusal: a problem detail under /api, a page in the pages' style
 * elsewhere, in the user's language; never Tomcat's own page. Runs after Spring Boot's customizer, whose plain
 * error report valve it replaces.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Problems problems;
    private final MessageSource messages;
    private final ObjectMapper json;

    ContainerErrors(Problems problems, MessageSource messages, ObjectMapper json) {
        this.problems = problems;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new Report());
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Report.class.getName());
            }
        });
    }

    /** The host's error report, for errors no servlet answered. */
    final class Report extends ErrorReportValve {

        Report() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            if (status == null
                    || status.value() < 400
                    || response.getContentWritten() > 0
                    || !response.setErrorReported()) {
                return;
            }
            Locale locale = english(request) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            String key = status == HttpStatus.BAD_REQUEST ? "error.request.rejected" : ErrorPages.detailKey(status);
            ProblemDetail problem = problems.of(status, key, new Object[] {status.value()}, List.of(), locale);
            boolean api = Problems.api(request.getRequestURI(), "");
            try {
                response.setContentType(api ? "application/problem+json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? json.writeValueAsString(problem) : page(problem, locale));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client has gone, or the response was taken over: nothing more to tell.
            }
        }

        private boolean english(Request request) {
            String language = request.getHeader("Accept-Language");
            return Problems.api(request.getRequestURI(), "")
                    && language != null
                    && language.toLowerCase(Locale.ROOT).startsWith("en");
        }

        private String page(ProblemDetail problem, Locale locale) {
            String title = HtmlUtils.htmlEscape(problem.getTitle());
            return "<!DOCTYPE html><html lang=\"" + (locale == Locale.ENGLISH ? "en" : "zh-CN") + "\"><head>"
                    + "<meta charset=\"UTF-8\"><title>" + title
                    + "</title><link rel=\"stylesheet\" href=\"/css/app.css\">"
                    + "</head><body><main><div class=\"card\"><h1>" + title + "</h1><p>"
                    + HtmlUtils.htmlEscape(String.valueOf(problem.getDetail())) + "</p><p><a href=\"/tasks\">"
                    + HtmlUtils.htmlEscape(messages.getMessage("nav.backToTasks", null, locale))
                    + "</a></p></div></main></body></html>";
        }
    }
}
