package dev.readiness.maven.site;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;

/**
 * The page as an HTML file of its own, for a direct {@code mvn readiness:report}: a sink that turns the few events
 * {@link ReadinessPage} sends into plain HTML 5, without the site's renderer and skin (which only {@code mvn site}
 * brings). Any other event is refused rather than dropped, so a page that starts using one cannot lose content here
 * unnoticed.
 */
final class StandalonePage {

    /** The HTML of the events that carry no text; their attributes, if any, are not rendered. */
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("title", "<title>"), Map.entry("title_", "</title>\n"),
            Map.entry("body", "<body>\n"), Map.entry("body_", "</body>\n</html>\n"),
            Map.entry("paragraph", "<p>"), Map.entry("paragraph_", "</p>\n"),
            Map.entry("table", "<table>\n"), Map.entry("table_", "</table>\n"),
            Map.entry("tableRows", ""), Map.entry("tableRows_", ""),
            Map.entry("tableRow", "<tr>"), Map.entry("tableRow_", "</tr>\n"),
            Map.entry("tableHeaderCell", "<th>"), Map.entry("tableHeaderCell_", "</th>"),
            Map.entry("tableCell", "<td>"), Map.entry("tableCell_", "</td>"),
            Map.entry("flush", ""), Map.entry("close", ""));

    private static final String HEAD = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="UTF-8">
            <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}\
            th,td{border:1px solid #bbb;padding:.2em .5em;text-align:left;vertical-align:top}</style>
            """;

    private final StringBuilder html = new StringBuilder();
    private final Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
            new Events());

    Sink sink() {
        return sink;
    }

    String html() {
        return html.toString();
    }

    private final class Events implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            String name = method.getName();
            if (method.getDeclaringClass() == Object.class) {
                return switch (name) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "StandalonePage sink";
                };
            }
            int arguments = args == null ? 0 : args.length;
            if (name.equals("text")) {
                escape((String) args[0]);
            } else if (name.startsWith("section") && arguments >= 1 && args[0] instanceof Integer level) {
                // section(level, attributes), sectionTitle(level, attributes) and their ends section_(level), ...
                int heading = Math.max(1, Math.min(6, level)); // HTML has six heading levels; deeper ones keep the sixth
                html.append(switch (name) {
                    case "section" -> "<section>\n";
                    case "section_" -> "</section>\n";
                    case "sectionTitle" -> "<h" + heading + ">";
                    case "sectionTitle_" -> "</h" + heading + ">\n";
                    default -> throw refused(name, arguments);
                });
            } else if (name.equals("head") && arguments <= 1) {
                html.append(HEAD);
            } else if (name.equals("head_") && arguments == 0) {
                html.append("</head>\n");
            } else {
                String tag = TAGS.get(name);
                // tableRows(justification, grid) carries only layout hints; the other events only attributes.
                if (tag == null || arguments > 1 && !"tableRows".equals(name)) {
                    throw refused(name, arguments);
                }
                html.append(tag);
            }
            return null;
        }

        private UnsupportedOperationException refused(String name, int arguments) {
            return new UnsupportedOperationException("the standalone readiness page has no HTML for the sink event "
                    + name + " with " + arguments + " argument(s)");
        }

        private void escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(c);
                }
            }
        }
    }
}
