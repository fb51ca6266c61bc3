package dev.readiness.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drops whole elements that no rule reads from an XML byte stream before the XML parser sees them (JaCoCo's
 * {@code <method>} and {@code <sourcefile>}, most of a large report), keeping the newlines inside them so that the
 * parser's line numbers still point into the file. Only for machine-written XML whose skipped elements do not nest
 * in themselves and hold no CDATA or comments; the parser still checks everything it is given.
 */
final class SkippingInputStream extends InputStream {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte[][] opens;
    private final byte[][] closes;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    /** The index of the element being skipped, or -1. */
    private int skipping = -1;
    /** Skipping inside the start tag (until its {@code >}), or inside the quoted attribute value ({@code '"'}). */
    private boolean inStartTag;
    private byte quote;

    SkippingInputStream(InputStream in, String... elements) {
        this.in = in;
        this.opens = new byte[elements.length][];
        this.closes = new byte[elements.length][];
        for (int i = 0; i < elements.length; i++) {
            opens[i] = ("<" + elements[i]).getBytes(StandardCharsets.US_ASCII);
            closes[i] = ("</" + elements[i] + ">").getBytes(StandardCharsets.US_ASCII);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] out, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int written = 0;
        while (written == 0) {
            if (!ensure(1)) {
                return -1;
            }
            int end = off + len;
            int o = off;
            while (o < end && ensure(1)) {
                byte b = buf[pos];
                if (skipping >= 0) {
                    if (inStartTag) {
                        if (quote != 0) {
                            quote = b == quote ? 0 : quote;
                        } else if (b == '"' || b == '\'') {
                            quote = b;
                        } else if (b == '>') {
                            inStartTag = false;
                            if (buf[pos - 1] == '/') {
                                skipping = -1;
                            }
                        }
                        pos++;
                    } else if (b == '<' && matches(closes[skipping])) {
                        pos += closes[skipping].length;
                        skipping = -1;
                    } else {
                        pos++;
                    }
                    if (b == '\n') {
                        out[o++] = '\n';
                    }
                    continue;
                }
                if (b == '<') {
                    int element = opening();
                    if (element >= 0) {
                        skipping = element;
                        inStartTag = true;
                        quote = 0;
                        pos += opens[element].length;
                        continue;
                    }
                }
                out[o++] = b;
                pos++;
            }
            written = o - off;
            if (written == 0 && eof && pos >= limit) {
                return -1;
            }
        }
        return written;
    }

    /** Which skipped element starts at {@code pos}: its name followed by white space, {@code >} or {@code /}. */
    private int opening() throws IOException {
        for (int i = 0; i < opens.length; i++) {
            byte[] open = opens[i];
            if (matches(open) && ensure(open.length + 1)) {
                byte next = buf[pos + open.length];
                if (next == ' ' || next == '>' || next == '/' || next == '\t' || next == '\n' || next == '\r') {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean matches(byte[] text) throws IOException {
        if (!ensure(text.length)) {
            return false;
        }
        for (int i = 0; i < text.length; i++) {
            if (buf[pos + i] != text[i]) {
                return false;
            }
        }
        return true;
    }

    /** At least {@code n} bytes from {@code pos} in the buffer, unless the stream ends first. */
    private boolean ensure(int n) throws IOException {
        if (limit - pos >= n) {
            return true;
        }
        if (eof) {
            return false;
        }
        // Keep one byte before pos: a start tag's end checks for "/>".
        int keep = Math.max(0, pos - 1);
        System.arraycopy(buf, keep, buf, 0, limit - keep);
        limit -= keep;
        pos -= keep;
        while (limit - pos < n && !eof) {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
        return limit - pos >= n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
