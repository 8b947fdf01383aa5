package org.reportcycle.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The people of the rush over HTTP: heads saving and submitting their reports, office clerks accepting them, and
 * readers of the cycle. A 409 is answered as a person would: read the report again and press once more.
 */
final class RushClients {

    /** Attempts per report before the benchmark gives up on it. */
    static final int ATTEMPTS = 20;

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String period;
    private final ObjectMapper json;
    private final RushReports reports;

    RushClients(int port, String period, ObjectMapper json) {
        this.port = port;
        this.period = period;
        this.json = json;
        this.reports = new RushReports(json);
    }

    /** Signs each user in once, {@code threads} at a time; the clients in the order of the usernames. */
    List<RushClient> signIn(List<String> usernames, int threads, RushPhase phase) {
        RushClient[] clients = new RushClient[usernames.size()];
        List<Integer> indexes =
                java.util.stream.IntStream.range(0, clients.length).boxed().toList();
        inParallel(threads, indexes, i -> {
            long start = System.nanoTime();
            clients[i] = RushClient.signedIn(http, port, usernames.get(i));
            phase.request(200, System.nanoTime() - start);
            phase.unitDone();
        });
        return List.of(clients);
    }

    /** The head reads the report, saves it as a draft and submits it. */
    void submit(RushClient head, String department, RushPhase phase) {
        String path = "/api/reports/" + period + "/" + department;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int version = version(timed(phase, c -> c.get(path), head));
            HttpResponse<String> saved =
                    timed(phase, c -> c.write("PUT", path, reports.body(department, version)), head);
            if (saved.statusCode() == 200) {
                int next = version(saved);
                if (timed(phase, c -> c.write("POST", path + "/submit", reports.body(department, next)), head)
                                .statusCode()
                        == 200) {
                    phase.unitDone();
                    return;
                }
            }
            phase.retried();
        }
        throw new IllegalStateException(department + " was not submitted after " + ATTEMPTS + " attempts");
    }

    /** The clerk reads the report and accepts it at the version read; on 409 reads again. */
    void accept(RushClient office, String department, RushPhase phase) {
        String path = "/api/reports/" + period + "/" + department;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int version = version(timed(phase, c -> c.get(path), office));
            String body = "{\"version\":" + version + "}";
            int status = timed(phase, c -> c.write("POST", path + "/accept", body), office)
                    .statusCode();
            if (status == 200) {
                phase.unitDone();
                return;
            }
            phase.retried();
        }
        throw new IllegalStateException(department + " was not accepted after " + ATTEMPTS + " attempts");
    }

    /** One read of {@code path}. */
    void read(RushClient reader, String path, RushPhase phase) {
        if (timed(phase, c -> c.get(path), reader).statusCode() == 200) {
            phase.unitDone();
        }
    }

    private static HttpResponse<String> timed(
            RushPhase phase, Function<RushClient, HttpResponse<String>> call, RushClient client) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.apply(client);
        phase.request(response.statusCode(), System.nanoTime() - start);
        return response;
    }

    /** The report's version, from a report read or save answer (a 2xx one; -1 otherwise, which gets a 409). */
    private int version(HttpResponse<String> report) {
        if (report.statusCode() != 200) {
            return -1;
        }
        try {
            return json.readTree(report.body())
                    .path("submission")
                    .path("version")
                    .asInt();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} on each item, {@code threads} at a time, and waits for all; the first failure is thrown. */
    static <T> void inParallel(int threads, List<T> items, Consumer<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = items.stream()
                    .<Future<?>>map(i -> pool.submit(() -> work.accept(i)))
                    .toList();
            RuntimeException failure = null;
            for (Future<?> f : done) {
                failure = awaited(f, failure);
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Waits for {@code f} even after a failure, so that nothing still runs when the caller cleans up. */
    private static RuntimeException awaited(Future<?> f, RuntimeException failure) {
        try {
            f.get();
            return failure;
        } catch (ExecutionException e) {
            return failure != null ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
