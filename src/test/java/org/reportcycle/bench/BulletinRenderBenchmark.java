package org.reportcycle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.document.SampleBulletins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * One bulletin of 40 items (the seven items of a real issue, repeated) and a 10-item plan section, rendered as
 * text, HTML and each binary format, by the application's own beans. Prints, per format, time per document (mean
 * and 95th percentile), output size, bytes allocated per rendering and the heap's peak while rendering. Run with
 * {@code mvn test -Pbenchmark -Dtest=BulletinRenderBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class BulletinRenderBenchmark {

    private static final int ITEMS = 40;
    private static final int PLAN_ITEMS = 10;
    private static final int WARM_UP = 5;
    private static final int RUNS = 20;

    /**
     * Beans with {@code byte[] render(BulletinDocument)}, found by name so that a rendering not in this tree is
     * reported and skipped; another format is measured by adding its class name to this list.
     */
    private static final List<String> BINARY_RENDERINGS =
            List.of("org.reportcycle.document.BulletinPdf", "org.reportcycle.document.BulletinDocx");

    @Autowired
    private BulletinRenderer renderer;

    @Autowired
    private ApplicationContext context;

    @Test
    void aFortyItemBulletinInEveryFormat() {
        BulletinDocument doc = SampleBulletins.longIssue(ITEMS, PLAN_ITEMS);
        Map<String, Function<BulletinDocument, Object>> formats = new LinkedHashMap<>();
        formats.put("text", renderer::text);
        formats.put("html", renderer::html);
        for (String name : BINARY_RENDERINGS) {
            String format = name.substring(name.lastIndexOf('.') + 1)
                    .replace("Bulletin", "")
                    .toLowerCase();
            binary(name)
                    .ifPresentOrElse(
                            r -> formats.put(format, r),
                            () -> System.out.printf("%s is not in this tree: %s not measured%n", name, format));
        }
        System.out.printf(
                "%n== BulletinRenderBenchmark: %d items + %d plan items, %d warm-up and %d timed renderings"
                        + " per format; heap in use after GC: %d MiB%n",
                ITEMS, PLAN_ITEMS, WARM_UP, RUNS, usedHeapAfterGcMiB());
        System.out.printf(
                "%-6s %9s %9s %10s %14s %15s%n",
                "format", "mean ms", "p95 ms", "size KiB", "alloc/doc MiB", "peak heap MiB");
        formats.forEach((format, render) -> {
            Figures f = measure(render, doc);
            assertThat(f.size).as(format).isPositive();
            System.out.printf(
                    "%-6s %9.1f %9.1f %10.1f %14.1f %15d%n",
                    format, f.meanMs, f.p95Ms, f.size / 1024.0, f.allocated / (1024.0 * 1024), f.peakHeapMiB);
        });
    }

    private record Figures(double meanMs, double p95Ms, long size, long allocated, long peakHeapMiB) {}

    private static Figures measure(Function<BulletinDocument, Object> render, BulletinDocument doc) {
        for (int i = 0; i < WARM_UP; i++) {
            render.apply(doc);
        }
        System.gc();
        HeapPeaks.reset();
        long allocatedBefore = allocatedByThisThread();
        long[] nanos = new long[RUNS];
        Object output = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            output = render.apply(doc);
            nanos[i] = System.nanoTime() - start;
        }
        long allocated = (allocatedByThisThread() - allocatedBefore) / RUNS;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
        double p95 = nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6;
        return new Figures(mean, p95, size(output), allocated, HeapPeaks.mib());
    }

    /** The bean of a package-private rendering class, called through reflection; empty when the class is absent. */
    private Optional<Function<BulletinDocument, Object>> binary(String className) {
        try {
            Class<?> type = Class.forName(className);
            Object bean = context.getBean(type);
            Method render = type.getDeclaredMethod("render", BulletinDocument.class);
            render.setAccessible(true);
            return Optional.of(doc -> invoke(render, bean, doc));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(className + " has no render(BulletinDocument)", e);
        }
    }

    private static Object invoke(Method render, Object bean, BulletinDocument doc) {
        try {
            return render.invoke(bean, doc);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Object output) {
        return output instanceof byte[] bytes
                ? bytes.length
                : ((String) output).getBytes(StandardCharsets.UTF_8).length;
    }

    private static long allocatedByThisThread() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static long usedHeapAfterGcMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
