import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a Maven command and says how much CPU the JVM spent while one of its mojos ran, by kind of thread: the
 * application's threads (Maven's and the mojo's), the JIT compilers' and the garbage collector's. On 2 cores the JIT
 * takes half of a fresh JVM's CPU, and when a compilation lands in a mojo's window depends on what ran before it: the
 * split says whether a change cut the mojo's own work or only moved the compiler's.
 *
 * <p>Reads {@code /proc/<pid>/task/<tid>/stat} every 20 ms (Linux; clock ticks, 10 ms each) and the log's timestamps,
 * written with {@code -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS}.
 * The window is the mojo's, as {@code MojoTimes.java} measures it: from its {@code ---} line to the next mojo's line,
 * module header or BUILD line. Prints {@code window <ms> cpu <ms> app <ms> jit <ms> gc <ms>}.
 *
 * <p>{@code java bench/CpuWindow.java <log> <plugin:goal> <command>...}, e.g. {@code readiness:check ./mvnw -o verify}
 */
public class CpuWindow {

    static final Pattern LINE = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d) \\[\\w+\\] (.*)$");
    static final Pattern ANY_MOJO = Pattern.compile("^--- ([\\w.-]+):[^:]+:([\\w-]+) \\(.*");
    static final Pattern END = Pattern.compile("^(-+< .* >-+|BUILD \\w+|Reactor Summary.*)$");

    record Sample(long at, Map<String, Long> ticks) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java bench/CpuWindow.java <log> <plugin:goal> <command>...");
            System.exit(2);
        }
        Path log = Path.of(args[0]);
        String goal = args[1];
        Process process = new ProcessBuilder(Arrays.asList(args).subList(2, args.length))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<Sample> samples = new ArrayList<>();
        Optional<ProcessHandle> jvm = Optional.empty();
        while (process.isAlive()) {
            if (jvm.isEmpty() || !jvm.get().isAlive()) {
                jvm = java(process.toHandle());
            }
            jvm.ifPresent(handle -> samples.add(new Sample(System.currentTimeMillis(), ticks(handle.pid()))));
            Thread.sleep(20);
        }
        if (process.waitFor() != 0) {
            System.err.println("the command failed: see " + log);
            System.exit(1);
        }
        long[] window = window(Files.readAllLines(log, StandardCharsets.ISO_8859_1), goal);
        Map<String, Long> before = lastSeen(samples, window[0]);
        Map<String, Long> after = lastSeen(samples, window[1]);
        long msPerTick = 1000 / 100; // USER_HZ, 100 on Linux
        long app = 0;
        long jit = 0;
        long gc = 0;
        for (Map.Entry<String, Long> thread : after.entrySet()) {
            long used = (thread.getValue() - before.getOrDefault(thread.getKey(), 0L)) * msPerTick;
            String name = thread.getKey().substring(thread.getKey().indexOf(' ') + 1);
            if (name.contains("Compiler")) {
                jit += used;
            } else if (name.startsWith("G1") || name.startsWith("GC")) {
                gc += used;
            } else {
                app += used;
            }
        }
        System.out.printf("window %d cpu %d app %d jit %d gc %d%n", window[1] - window[0], app + jit + gc, app, jit,
                gc);
    }

    /** The process itself when it is the JVM (the wrapper execs it), else its first descendant that runs java. */
    static Optional<ProcessHandle> java(ProcessHandle process) {
        return process.info().command().filter(CpuWindow::isJava).map(c -> process)
                .or(() -> process.descendants().filter(p -> p.info().command().filter(CpuWindow::isJava).isPresent())
                        .findFirst());
    }

    static boolean isJava(String command) {
        return new File(command).getName().equals("java");
    }

    /** Each thread's user and system time in clock ticks, keyed by "tid name" (a thread's id is not reused here). */
    static Map<String, Long> ticks(long pid) {
        Map<String, Long> ticks = new HashMap<>();
        File[] tasks = new File("/proc/" + pid + "/task").listFiles();
        for (File task : tasks == null ? new File[0] : tasks) {
            try {
                String stat = Files.readString(task.toPath().resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(task.getName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException | RuntimeException e) {
                // the thread ended between the listing and the read
            }
        }
        return ticks;
    }

    /**
     * Each thread's last sample at or before {@code at}: a thread that ended before the window's start cancels out,
     * one that ended inside it counts what it used there.
     */
    static Map<String, Long> lastSeen(List<Sample> samples, long at) {
        Map<String, Long> last = new HashMap<>();
        for (Sample sample : samples) {
            if (sample.at() <= at) {
                last.putAll(sample.ticks());
            }
        }
        return last;
    }

    /** The first run of the goal in the log: its start and end, epoch milliseconds of today (not across midnight). */
    static long[] window(List<String> lines, String goal) {
        long start = -1;
        for (String line : lines) {
            Matcher stamped = LINE.matcher(line);
            if (!stamped.matches()) {
                continue;
            }
            String text = stamped.group(2);
            Matcher mojo = ANY_MOJO.matcher(text);
            boolean boundary = mojo.matches() || END.matcher(text).matches();
            if (start >= 0 && boundary) {
                return new long[] {start, epoch(stamped.group(1))};
            }
            if (mojo.matches() && (mojo.group(1) + ":" + mojo.group(2)).equals(goal)) {
                start = epoch(stamped.group(1));
            }
        }
        throw new IllegalStateException("no run of " + goal + " in the log");
    }

    static long epoch(String time) {
        return LocalDate.now().atTime(LocalTime.parse(time)).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
