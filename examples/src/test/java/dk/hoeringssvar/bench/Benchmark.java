package dk.hoeringssvar.bench;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.bench.Routes.Route;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The benchmark (not a test): the library's bundle against the raw libraries and the openhtmltopdf
 * route, for N = 100 and 1,000 statements, in one JVM after warm-up; the smallest heap of each case by
 * child JVMs with decreasing -Xmx; 10,000 statements in -Xmx64m; one statement in a fresh JVM against
 * a raw OpenPDF one-page program. Run: {@code mvn -B -ntp -DskipTests -Pbench verify} (see BENCHMARKS.md).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        if (args.length >= 1 && args[0].isEmpty()) {
            args = Arrays.copyOfRange(args, 1, args.length); // an empty ${bench.args}
        }
        if (args.length >= 3 && args[0].equals("--child")) {
            child(Route.valueOf(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length >= 3 && args[0].equals("--big")) {
            bigChild(Integer.parseInt(args[1]), java.nio.file.Path.of(args[2]));
            return;
        }
        if (args.length >= 1 && args[0].equals("--one-statement")) {
            oneStatement();
            return;
        }
        if (args.length >= 1 && args[0].equals("--raw-one-page")) {
            Routes.rawOpenPdf(1, OutputStream.nullOutputStream());
            return;
        }
        if (!Boolean.getBoolean(HONEST)) {
            System.exit(relaunchWithHonestClassPath(args));
        }
        List<String> options = Arrays.asList(args);
        boolean heap = !options.contains("--no-heap");
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| case | N | pages | median ms | ms/page | ratio to raw floor | bytes | smallest heap |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : new int[] {100, 1000}) {
            table(n, heap && n == 100);   // bisecting the heap at N=1000 would take the openhtmltopdf route hours
        }
        big();
        coldStart();
    }

    private static final String HONEST = "bench.honestClassPath";

    /**
     * Test-only libraries the examples module has on its test class path, which a user of the library
     * would not: veraPDF and its dependencies (Saxon among them, whose TransformerFactory every
     * {@code TransformerFactory.newInstance()} in POI would find and build), JUnit and AssertJ.
     */
    private static final List<String> TEST_ONLY = List.of("/org/verapdf/", "/net/sf/saxon/", "/org/xmlresolver/",
            "/org/mozilla/", "/jakarta/xml/bind/", "/jakarta/activation/", "/org/glassfish/", "/org/eclipse/angus/",
            "/com/sun/istack/", "/net/java/dev/", "/org/junit/", "/org/opentest4j/", "/org/apiguardian/",
            "/org/assertj/", "/net/bytebuddy/", "-tests.jar", "/lib/target/test-classes");

    /** Runs the benchmark in a JVM whose class path is the library's, openhtmltopdf's and PDFBox's only. */
    private static int relaunchWithHonestClassPath(String[] args) throws Exception {
        String honest = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> TEST_ONLY.stream().noneMatch(entry.replace('\\', '/')::contains))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-D" + HONEST + "=true");
        command.add("-cp");
        command.add(honest);
        command.add(Benchmark.class.getName());
        Collections.addAll(command, args);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /**
     * Each route runs at N = 100 for at least this long before anything is measured, so that every
     * route is measured compiled: the bundle has far more code for the JIT to compile than the floors,
     * and six runs had left it a quarter slower at N = 100 than in a longer loop.
     */
    private static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(4);

    /**
     * Warms every route up, then measures in rounds, each round running every route once, so a slower
     * spell of the machine falls on all routes alike; the median of each route's runs.
     */
    private static void table(int n, boolean heap) throws Exception {
        int rounds = n >= 1000 ? 5 : 9;
        Map<Route, Double> median = new EnumMap<>(Route.class);
        Map<Route, byte[]> output = new EnumMap<>(Route.class);
        Map<Route, List<Double>> times = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            if (route == Route.OPENHTMLTOPDF) {
                Routes.run(route, 50);
                Routes.run(route, 50);
            } else {
                long start = System.nanoTime();
                while (System.nanoTime() - start < WARM_UP_NANOS) {
                    Routes.run(route, 100);
                }
            }
            times.put(route, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (Route route : Route.values()) {
                if (route == Route.OPENHTMLTOPDF && n >= 1000 && round > 0) {
                    continue; // a minute a run
                }
                long start = System.nanoTime();
                byte[] bytes = Routes.run(route, n);
                times.get(route).add((System.nanoTime() - start) / 1e6);
                output.put(route, bytes);
            }
        }
        for (Route route : Route.values()) {
            List<Double> sorted = times.get(route).stream().sorted().toList();
            median.put(route, sorted.get(sorted.size() / 2));
        }
        int bundlePages = pages(output.get(Route.BUNDLE_PDF));
        int rawPages = pages(output.get(Route.RAW_OPENPDF));
        for (Route route : Route.values()) {
            int pages = switch (route) {
                case BUNDLE_PDF, BUNDLE_PDF_TWO_THREADS, BUNDLE_DOCX -> bundlePages;
                case RAW_OPENPDF, RAW_POI -> rawPages;
                case OPENHTMLTOPDF -> pages(output.get(route));
            };
            double perPage = median.get(route) / pages;
            Route floor = route == Route.BUNDLE_DOCX || route == Route.RAW_POI ? Route.RAW_POI : Route.RAW_OPENPDF;
            int floorPages = rawPages;
            double ratio = perPage / (median.get(floor) / floorPages);
            String smallest = heap ? smallestHeap(route, n) + " MB" : "–";
            System.out.printf(Locale.ROOT, "| %s%s | %d | %d | %.0f | %.3f | %.2f× | %d | %s |%n", name(route),
                    "", n, pages, median.get(route),
                    perPage, ratio, output.get(route).length, smallest);
        }
        double bundle = median.get(Route.BUNDLE_PDF) / bundlePages;
        double html = median.get(Route.OPENHTMLTOPDF) / pages(output.get(Route.OPENHTMLTOPDF));
        System.out.printf(Locale.ROOT, "| (N=%d) openhtmltopdf ms/page ÷ bundle ms/page | | | | | %.1f× | | |%n", n,
                html / bundle);
    }

    private static String name(Route route) {
        return switch (route) {
            case BUNDLE_PDF -> "annex bundle → PDF (tagged, PDF/A-2u, contents, stamps)";
            case BUNDLE_PDF_TWO_THREADS -> "the same, laid out on 2 threads (layoutThreads(2))";
            case BUNDLE_DOCX -> "annex bundle → DOCX";
            case RAW_OPENPDF -> "raw OpenPDF (embedded font, no tagging)";
            case RAW_POI -> "raw POI";
            case OPENHTMLTOPDF -> "FreeMarker → XHTML → openhtmltopdf";
        };
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Bisects -Xmx between 8 and 2048 MB for the smallest heap the case completes in. */
    private static int smallestHeap(Route route, int n) throws Exception {
        int low = 8;
        int high = 2048;
        if (childRun(high, route, n) != 0) {
            return -1;
        }
        while (high - low > Math.max(2, low / 10)) {
            int mid = (low + high) / 2;
            if (childRun(mid, route, n) == 0) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static int childRun(int heapMb, Route route, int n) throws Exception {
        Process p = new ProcessBuilder(java("-Xmx" + heapMb + "m", Benchmark.class.getName(), "--child",
                route.name(), Integer.toString(n))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static void child(Route route, int n) throws Exception {
        Routes.run(route, n);
        System.out.println("peak heap " + (peakHeap() >> 20) + " MB");
    }

    /**
     * The 64 MB case in its child JVM: N statements supplied one at a time ({@code AnnexBundle.supplied}),
     * the PDF written through the engine's Path API to {@code file}; prints the time and the most heap in
     * use after a collection. The child only renders: the parent reads the file back, so that checking the
     * output does not count against the child's heap.
     */
    private static void bigChild(int n, java.nio.file.Path file) throws Exception {
        long[] liveAfterGc = {0};
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                synchronized (liveAfterGc) {
                    liveAfterGc[0] = Math.max(liveAfterGc[0], used);
                }
            }, null, null);
        }
        long start = System.nanoTime();
        Routes.ENGINE.render(SyntheticHearing.supplied(n), OutputFormat.PDF, file, new dk.hoeringssvar.RenderProgress() {
            @Override
            public void statementsDone(int done, int total) {
                if (done % 1000 == 0) {
                    System.err.printf(Locale.ROOT, "%d of %d statements planned, %.0f s%n", done, total,
                            (System.nanoTime() - start) / 1e9);
                }
            }

            @Override
            public void warning(String message) {
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (liveAfterGc) {
            System.out.printf(Locale.ROOT, "rendered in %.1f s, most heap in use after a GC %d MB%n",
                    seconds, liveAfterGc[0] >> 20);
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /**
     * 10,000 statements (about 20,000 pages) as a PDF bundle in a child JVM with -Xmx64m; this JVM then
     * counts the pages of the file with PDFBox.
     */
    private static void big() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("bench-big", ".pdf");
        try {
            Process p = new ProcessBuilder(java("-Xmx64m", Benchmark.class.getName(), "--big", "10000",
                    file.toString())).redirectErrorStream(true).start();
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    output.append(new String(p.getInputStream().readAllBytes()));
                } catch (java.io.IOException ignored) {
                    // the child was stopped
                }
            });
            reader.start();
            boolean done = p.waitFor(5, TimeUnit.MINUTES);
            if (!done) {
                p.destroyForcibly();
            }
            reader.join(10_000);
            String last = output.toString().lines().filter(l -> l.contains("Error") || l.contains("Exception")
                    || l.startsWith("rendered")).findFirst()
                    .orElse(output.toString().lines().reduce((a, b) -> b).orElse(""));
            String pages = "";
            if (done && p.exitValue() == 0) {
                try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                    pages = String.format(Locale.ROOT, "; %d pages, %d bytes", doc.getNumberOfPages(),
                            java.nio.file.Files.size(file));
                }
            }
            System.out.printf(Locale.ROOT, "%n10,000 statements, PDF bundle, -Xmx64m: exit %s; %s%s%n",
                    done ? Integer.toString(p.exitValue()) : "timeout",
                    last.length() > 200 ? last.substring(0, 200) : last, pages);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private static void oneStatement() {
        DocumentEngine.builder().build().render(SyntheticHearing.statement(1), OutputFormat.PDF,
                OutputStream.nullOutputStream());
    }

    /** One statement in a fresh JVM, whole process, against a raw OpenPDF one-page program; medians of 7. */
    private static void coldStart() throws Exception {
        double library = processMedian("--one-statement");
        double raw = processMedian("--raw-one-page");
        System.out.printf(Locale.ROOT, "One statement in a fresh JVM: %.0f ms; raw OpenPDF one page: %.0f ms; ratio %.2f×%n",
                library, raw, library / raw);
    }

    private static double processMedian(String mode) throws Exception {
        double[] ms = new double[7];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(java("-Xshare:auto", Benchmark.class.getName(), mode))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(2, TimeUnit.MINUTES);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static List<String> java(String option, String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add(option);
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        Collections.addAll(command, args);
        return command;
    }

}
