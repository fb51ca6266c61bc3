package dev.readiness.core;

import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The one XML reader of the product: a hardened StAX factory. Reports are written by tools, but they sit in a
 * directory anyone can write to, so a report must not be able to read local files, reach the network or expand an
 * entity bomb: DTDs are skipped (never loaded, JaCoCo's {@code report.dtd} included), external entities are off, and
 * an entity reference, which can then only be undeclared, is an error rather than silently empty text.
 */
public final class Xml {

    /** Large CDATA sections (stack traces) arrive in pieces of this size, so memory stays bounded. */
    private static final int CDATA_CHUNK_CHARS = 8192;

    private static final XMLInputFactory FACTORY = hardened();

    private Xml() {
    }

    /**
     * A streaming reader over {@code in}; the caller closes both. Every method of the returned reader may throw
     * {@link XMLStreamException} for malformed input, with the line in its location.
     *
     * @param file the file being read, for locations in errors
     */
    public static XMLStreamReader reader(InputStream in, Path file) throws XMLStreamException {
        XMLStreamReader reader;
        // The JDK's factory is not documented as thread-safe; creating readers is rare and cheap, so serialise it.
        synchronized (FACTORY) {
            reader = FACTORY.createXMLStreamReader(file.toString(), in);
        }
        return new StreamReaderDelegate(reader) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new XMLStreamException("the entity &" + getLocalName() + "; is not allowed: reports are read "
                            + "without DTDs, so entities are never declared", getLocation());
                }
                return event;
            }
        };
    }

    /** The problem a parser reported, without the JDK's {@code ParseError at [row,col]} prefix. */
    public static String problem(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.lastIndexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).trim();
    }

    /** The line a parser error is at, 0 when unknown. */
    public static int line(XMLStreamException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
    }

    private static XMLInputFactory hardened() {
        // The JDK's own implementation, whatever else is on the class path (Maven's may carry another StAX).
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        if (factory.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
        if (factory.isPropertySupported("jdk.xml.cdataChunkSize")) {
            factory.setProperty("jdk.xml.cdataChunkSize", CDATA_CHUNK_CHARS);
        }
        return factory;
    }
}
