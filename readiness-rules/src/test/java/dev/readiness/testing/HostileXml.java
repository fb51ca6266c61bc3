package dev.readiness.testing;

import java.nio.file.Path;

/** Documents that try to make an XML reader read local files or run out of memory. */
public final class HostileXml {

    private HostileXml() {
    }

    /** The classic entity bomb: nine levels of ten references each, a billion copies of "lol" if expanded. */
    public static String billionLaughs(String body) {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            String previous = level == 1 ? "&lol;" : "&lol" + (level - 1) + ";";
            doc.append(" <!ENTITY lol").append(level).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        return doc.append("]>\n").append(body).append('\n').toString();
    }

    /** A document declaring {@code &xxe;} as the content of {@code file}, with a body that uses it. */
    public static String externalEntity(Path file, String body) {
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE any [ <!ENTITY xxe SYSTEM \"" + file.toUri() + "\"> ]>\n" + body + "\n";
    }
}
