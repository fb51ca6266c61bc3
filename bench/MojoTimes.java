import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each mojo's wall time from a Maven log written with
 * {@code -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS}: from its
 * {@code --- plugin:version:goal (id) @ module ---} line to the next mojo's line, the next module's header or the
 * BUILD / Reactor Summary line. Prints one line per mojo: {@code goal module millis}, the goal followed by
 * {@code @id} when the execution is not {@code default-cli} ({@code readiness:check@warm}).
 *
 * <p>{@code java bench/MojoTimes.java <log>...}
 */
public class MojoTimes {

    static final Pattern STAMP = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d) \\[\\w+\\] (.*)$");
    static final Pattern MOJO = Pattern.compile("^--- ([\\w.-]+):[^:]+:([\\w-]+) \\(([^)]*)\\) @ ([\\w.-]+) ---$");
    static final Pattern BOUNDARY = Pattern.compile("^(-+< .* >-+|BUILD \\w+|Reactor Summary.*)$");

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            for (String[] row : times(Path.of(arg))) {
                System.out.println(String.join(" ", row));
            }
        }
    }

    static List<String[]> times(Path log) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String open = null;
        long openedAt = 0;
        long dayOffset = 0;
        long last = -1;
        for (String line : Files.readAllLines(log)) {
            Matcher stamped = STAMP.matcher(line);
            if (!stamped.matches()) {
                continue;
            }
            long ms = LocalTime.parse(stamped.group(1)).toNanoOfDay() / 1_000_000 + dayOffset;
            if (last >= 0 && ms < last - 3_600_000) {
                dayOffset += 86_400_000;
                ms += 86_400_000;
            }
            last = ms;
            String text = stamped.group(2).trim();
            Matcher mojo = MOJO.matcher(text);
            boolean boundary = mojo.matches() || BOUNDARY.matcher(text).matches();
            if (boundary && open != null) {
                rows.add(new String[] {open.split(" ")[0], open.split(" ")[1], Long.toString(ms - openedAt)});
                open = null;
            }
            if (mojo.matches()) {
                String execution = mojo.group(3).equals("default-cli") ? "" : "@" + mojo.group(3);
                open = mojo.group(1) + ":" + mojo.group(2) + execution + " " + mojo.group(4);
                openedAt = ms;
            }
        }
        return rows;
    }
}
