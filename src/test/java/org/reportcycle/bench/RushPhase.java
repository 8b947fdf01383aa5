package org.reportcycle.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The figures of one phase: each request's latency and status, retries, and the process's CPU time and heap
 * peak over the phase (the peaks are reset when it starts). A unit is what the phase is for (one report); it may
 * take several requests.
 */
final class RushPhase {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final String name;
    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final LongAdder units = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private long startNanos;
    private long startCpu;
    private long startServerRetries;
    private Figures figures;

    RushPhase(String name) {
        this.name = name;
    }

    RushPhase start() {
        System.gc();
        HeapPeaks.reset();
        startCpu = OS.getProcessCpuTime();
        startServerRetries = ServerRetries.count();
        startNanos = System.nanoTime();
        return this;
    }

    /** One request's answer: {@code status} 2xx counts as answered, anything else as an error. */
    void request(int status, long requestNanos) {
        nanos.add(requestNanos);
        if (status / 100 != 2) {
            failed(String.valueOf(status));
        }
    }

    /** A request (already timed) that failed in the way {@code kind} names. */
    void failed(String kind) {
        errors.computeIfAbsent(kind, s -> new AtomicInteger()).incrementAndGet();
    }

    /** A call that is not an HTTP request, timed; {@code failure} null when it succeeded. */
    void call(String failure, long callNanos) {
        nanos.add(callNanos);
        if (failure != null) {
            failed(failure);
        }
    }

    void unitDone() {
        units.increment();
    }

    void retried() {
        retries.increment();
    }

    Figures finish() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double cpuMs = (OS.getProcessCpuTime() - startCpu) / 1e6;
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Integer> byStatus = new TreeMap<>();
        errors.forEach((status, count) -> byStatus.put(status, count.get()));
        figures = new Figures(
                name,
                units.intValue(),
                sorted.length,
                seconds,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                byStatus,
                retries.intValue(),
                ServerRetries.count() - startServerRetries,
                cpuMs,
                HeapPeaks.mib());
        return figures;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = Math.max(0, (int) Math.ceil(sorted.length * p / 100.0) - 1);
        return sorted[index] / 1e6;
    }

    /** A finished phase. */
    record Figures(
            String name,
            int units,
            int requests,
            double seconds,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            Map<String, Integer> errors,
            int retries,
            long serverRetries,
            double cpuMs,
            long peakHeapMiB) {

        double unitsPerSecond() {
            return units / seconds;
        }

        double requestsPerSecond() {
            return requests / seconds;
        }

        double cpuMsPerRequest() {
            return cpuMs / requests;
        }

        double cpuMsPerUnit() {
            return cpuMs / units;
        }

        static final String HEADER = "%-12s %6s %6s %8s %8s %8s %8s %8s %12s %7s %7s %8s %8s %6s"
                .formatted(
                        "phase",
                        "units",
                        "reqs",
                        "units/s",
                        "reqs/s",
                        "p50 ms",
                        "p95 ms",
                        "p99 ms",
                        "errors",
                        "retries",
                        "srv-ret",
                        "cpu/req",
                        "cpu/unit",
                        "heap");

        String line() {
            return "%-12s %6d %6d %8.1f %8.1f %8.1f %8.1f %8.1f %12s %7d %7d %8.1f %8.1f %6d"
                    .formatted(
                            name,
                            units,
                            requests,
                            unitsPerSecond(),
                            requestsPerSecond(),
                            p50Ms,
                            p95Ms,
                            p99Ms,
                            errors.isEmpty() ? "none" : errors.toString(),
                            retries,
                            serverRetries,
                            cpuMsPerRequest(),
                            cpuMsPerUnit(),
                            peakHeapMiB);
        }
    }
}
