package dev.readiness.maven.site;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;

/**
 * A Doxia sink that keeps the events it receives, in order: {@code text:…} for text, otherwise the event's name with
 * its arguments ({@code section(1, null)}, {@code tableCell()}).
 */
final class RecordingSink {

    final List<String> events = new ArrayList<>();

    final Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
            (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return method.getName().equals("equals") ? proxy == args[0]
                            : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : "RecordingSink";
                }
                if (method.getName().equals("text")) {
                    events.add("text:" + args[0]);
                } else {
                    events.add(method.getName() + "(" + (args == null ? ""
                            : Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(", "))) + ")");
                }
                return null;
            });

    /** The texts only, one a line. */
    String text() {
        return events.stream().filter(e -> e.startsWith("text:")).map(e -> e.substring(5))
                .collect(Collectors.joining("\n"));
    }
}
