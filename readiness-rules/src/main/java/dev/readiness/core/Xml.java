package dev.readiness.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
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
 * <p>
 * The parser is handed text, not bytes: the bytes are decoded here, strictly, in the encoding the document's byte-order
 * mark or XML declaration names (UTF-8 without either). Bytes that are not valid in that encoding are then an error of
 * this reader, with their line, which the JDK's parser would otherwise also print to standard error as a
 * {@code [Fatal Error]} line of its own, whatever error handler or {@code XMLReporter} it is given.
 */
public final class Xml {

    /** Large CDATA sections (stack traces) arrive in pieces of this size, so memory stays bounded. */
    private static final int CDATA_CHUNK_CHARS = 8192;

    /** How far into a document its XML declaration is looked for. */
    private static final int DECLARATION_BYTES = 256;

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
        Reader text;
        try {
            text = decoded(in, file);
        } catch (IOException e) {
            throw new XMLStreamException("cannot read " + file + ": " + e.getMessage(), new At(1, file), e);
        }
        XMLStreamReader reader;
        // The JDK's factory is not documented as thread-safe; creating readers is rare and cheap, so serialise it.
        synchronized (FACTORY) {
            reader = FACTORY.createXMLStreamReader(file.toString(), text);
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
        if (e.getNestedException() instanceof UndecodableBytes bytes) {
            return bytes.getMessage();
        }
        String message = String.valueOf(e.getMessage());
        int at = message.lastIndexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).trim();
    }

    /** The line a parser error is at, 0 when unknown. */
    public static int line(XMLStreamException e) {
        if (e.getNestedException() instanceof UndecodableBytes bytes) {
            return bytes.line;
        }
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
    }

    /**
     * The document's text, decoded strictly from its bytes: in the encoding of its byte-order mark; else in the one its
     * XML declaration names, read by the parser itself from the declaration's bytes (ASCII in every encoding a
     * declaration can be read in without a mark); else in UTF-8, XML's default.
     */
    private static Reader decoded(InputStream in, Path file) throws IOException, XMLStreamException {
        PushbackInputStream bytes = new PushbackInputStream(in, DECLARATION_BYTES);
        byte[] head = bytes.readNBytes(DECLARATION_BYTES);
        Charset charset = StandardCharsets.UTF_8;
        int mark = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            mark = 3;
        } else if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0x00, '<', 0x00, '?')) {
            charset = StandardCharsets.UTF_16BE;
            mark = head[0] == 0 ? 0 : 2;
        } else if (startsWith(head, 0xFF, 0xFE) || startsWith(head, '<', 0x00, '?', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
            mark = head[0] == '<' ? 0 : 2;
        } else if (startsWith(head, '<', '?', 'x', 'm', 'l')) {
            charset = declared(head, file);
        }
        bytes.unread(head, mark, head.length - mark);
        return new StrictText(bytes, charset);
    }

    /** The encoding the XML declaration at the start of {@code head} names, UTF-8 when it names none. */
    private static Charset declared(byte[] head, Path file) throws XMLStreamException {
        int end = -1;
        for (int i = 0; i + 1 < head.length && end < 0; i++) {
            end = head[i] == '?' && head[i + 1] == '>' ? i + 2 : -1;
        }
        if (end < 0) {
            // No declaration the parser can read in this many bytes: it will say what is wrong with it.
            return StandardCharsets.UTF_8;
        }
        String declaration = new String(head, 0, end, StandardCharsets.ISO_8859_1);
        // What the tools write (Surefire, Failsafe, JaCoCo): no encoding or UTF-8, known without a second parser.
        if (!declaration.contains("encoding") || declaration.contains(" encoding=\"UTF-8\"")
                || declaration.contains(" encoding='UTF-8'")) {
            return StandardCharsets.UTF_8;
        }
        String name;
        synchronized (FACTORY) {
            XMLStreamReader probe = FACTORY.createXMLStreamReader(file.toString(), new StringReader(declaration));
            name = probe.getCharacterEncodingScheme();
            probe.close();
        }
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new XMLStreamException("the XML declaration names the encoding \"" + name + "\", which is not one "
                    + "this Java can decode", new At(1, file));
        }
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes that are not valid in the document's encoding, at a line of the document. */
    private static final class UndecodableBytes extends IOException {
        private static final long serialVersionUID = 1L;
        final int line;

        UndecodableBytes(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    /** A line of a file, where an error found before or beside the parser is. */
    private record At(int line, Path file) implements Location {
        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public int getColumnNumber() {
            return -1;
        }

        @Override
        public int getCharacterOffset() {
            return -1;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return file.toString();
        }
    }

    /**
     * Text decoded from bytes with a decoder that reports, rather than replaces, what it cannot decode; it counts the
     * lines it has handed out, so that the error names the line of the bytes.
     */
    private static final class StrictText extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(CDATA_CHUNK_CHARS).flip();
        private boolean eof;
        private boolean flushed;
        private int line = 1;
        private boolean afterCarriageReturn;

        StrictText(InputStream in, Charset charset) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (flushed) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(target, offset, length);
            while (out.position() == offset) {
                CoderResult result = decoder.decode(bytes, out, eof);
                if (result.isError()) {
                    if (out.position() > offset) {
                        // Hand out the text before the bad bytes first: the next read meets them again.
                        break;
                    }
                    throw undecodable(result.length());
                }
                if (result.isOverflow()) {
                    break;
                }
                if (eof) {
                    if (!flushed && decoder.flush(out).isOverflow()) {
                        break;
                    }
                    flushed = true;
                    break;
                }
                fill();
            }
            int read = out.position() - offset;
            if (read == 0) {
                return -1;
            }
            count(target, offset, read);
            return read;
        }

        private void fill() throws IOException {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (read < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }

        /** Counts line ends: LF, CR and CR LF (one line), as XML normalises them. One comparison for most chars. */
        private void count(char[] text, int offset, int length) {
            int end = offset + length;
            boolean carriageReturn = afterCarriageReturn;
            for (int i = offset; i < end; i++) {
                char c = text[i];
                if (c > '\r') {
                    carriageReturn = false;
                } else if (c == '\n') {
                    line += carriageReturn ? 0 : 1;
                    carriageReturn = false;
                } else {
                    line += c == '\r' ? 1 : 0;
                    carriageReturn = c == '\r';
                }
            }
            afterCarriageReturn = carriageReturn;
        }

        private UndecodableBytes undecodable(int length) {
            List<String> hex = new ArrayList<>();
            for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
                hex.add(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
            }
            return new UndecodableBytes("bytes that are not valid " + decoder.charset().name() + " ("
                    + String.join(" ", hex) + ")", line);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
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
