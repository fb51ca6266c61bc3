package dev.readiness.maven.adapter;

import dev.readiness.core.Location;
import dev.readiness.core.Xml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.OptionalInt;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The line of an element inside a plugin's {@code <configuration>}. Maven 3 tracks it on each configuration element;
 * Maven 4 only on the {@code <configuration>} element itself, so the line of a nested element is read from the POM:
 * the first element of the given path below the {@code <configuration>} that starts on the known line.
 */
final class ConfigurationLines {

    private ConfigurationLines() {
    }

    /** The location of {@code path} inside the configuration at {@code configuration}, or that location itself. */
    static Location refine(Location configuration, List<String> path) {
        if (configuration.file() == null || configuration.line() <= 0 || path.isEmpty()
                || !Files.isRegularFile(configuration.file())) {
            return configuration;
        }
        try (InputStream in = Files.newInputStream(configuration.file())) {
            XMLStreamReader xml = Xml.reader(in, configuration.file());
            OptionalInt line;
            try {
                line = find(xml, configuration.line(), path);
            } finally {
                xml.close();
            }
            return line.isPresent() ? new Location(configuration.file(), line.getAsInt(), 0) : configuration;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // The POM was read by Maven already; if it cannot be read again, the configuration's line still helps.
            return configuration;
        }
    }

    private static OptionalInt find(XMLStreamReader xml, int configurationLine, List<String> path)
            throws XMLStreamException {
        int depth = 0;
        int configurationDepth = -1;
        int matched = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (configurationDepth < 0) {
                    if ("configuration".equals(name) && xml.getLocation().getLineNumber() >= configurationLine) {
                        configurationDepth = depth;
                    }
                } else if (depth == configurationDepth + matched + 1 && name.equals(path.get(matched))) {
                    matched++;
                    if (matched == path.size()) {
                        return OptionalInt.of(xml.getLocation().getLineNumber());
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (configurationDepth >= 0 && depth == configurationDepth) {
                    return OptionalInt.empty();
                }
                if (configurationDepth >= 0 && depth <= configurationDepth + matched) {
                    matched = Math.max(0, depth - configurationDepth - 1);
                }
                depth--;
            }
        }
        return OptionalInt.empty();
    }
}
