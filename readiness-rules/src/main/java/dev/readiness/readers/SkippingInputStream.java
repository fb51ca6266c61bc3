package dev.readiness.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Drops whole elements that no rule reads from an XML byte stream before the XML parser sees them (JaCoCo's
 * {@code <method>}, {@code <sourcefile>} and the counters no rule reads: most of a large report), keeping the
 * newlines inside them so that the parser's line numbers still point into the file. Only for machine-written XML whose
 * skipped elements do not nest in themselves and hold no CDATA or comments; the parser still checks everything it is
 * given, and an element this stream fails to recognise (other spacing, other attribute order) is simply passed on.
 *
 * <p>The stream reads the file in large blocks and finds tags with {@link String#indexOf} on a Latin-1 view of the
 * block, which the JDK searches with vector instructions: the bytes in between are copied or dropped in bulk, not
 * looked at one by one. That matters most in a build's JVM, whose compiler is busy with the build's own code.
 */
final class SkippingInputStream extends InputStream {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    /** How each skipped element starts, {@code <method} or {@code <counter type="METHOD"}. */
    private final String[] starts;
    /** The end tag of each skipped element, {@code </method>}. */
    private final String[] ends;
    private final byte[] buf;
    /** {@code buf[0, limit)} as one char per byte, for {@link String#indexOf}. */
    private String view = "";
    private int pos;
    private int limit;
    private boolean eof;
    /** Where the next newline of the view is, at or after the last position asked about; -1 when not yet looked. */
    private int nextNewline = -1;
    /** The index of the element being skipped, or -1. */
    private int skipping = -1;
    /** Skipping inside the start tag (until its {@code >}), or inside its quoted attribute value ({@code '"'}). */
    private boolean inStartTag;
    private byte quote;
    /** The last byte of the start tag outside quotes was {@code /}: a {@code >} now ends an empty element. */
    private boolean slash;
    /** Newlines of skipped text not yet passed on. */
    private int newlines;

    /**
     * @param starts how each element to drop starts: {@code <} and its name, optionally followed by the start of its
     *     attributes ({@code <counter type="METHOD"}); a match needs white space, {@code >} or {@code /} after it
     */
    SkippingInputStream(InputStream in, List<String> starts) {
        this(in, starts, BUFFER);
    }

    /** With a buffer of {@code bufferSize} bytes, or the longest start or end tag if that is longer. */
    SkippingInputStream(InputStream in, List<String> starts, int bufferSize) {
        this.in = in;
        this.starts = starts.toArray(new String[0]);
        this.ends = new String[this.starts.length];
        for (int i = 0; i < this.starts.length; i++) {
            String start = this.starts[i];
            if (!start.startsWith("<") || start.length() < 2) {
                throw new IllegalArgumentException("not the start of an element: " + start);
            }
            int space = start.indexOf(' ');
            ends[i] = "</" + (space < 0 ? start.substring(1) : start.substring(1, space)) + ">";
        }
        int longest = 0;
        for (int i = 0; i < this.starts.length; i++) {
            longest = Math.max(longest, Math.max(this.starts[i].length() + 1, ends[i].length()));
        }
        this.buf = new byte[Math.max(bufferSize, longest)];
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
        int o = off;
        int end = off + len;
        while (o < end) {
            if (newlines > 0) {
                out[o++] = '\n';
                newlines--;
            } else if (skipping >= 0) {
                if (!skip()) {
                    // The stream ended inside the element: the parser sees the document end there.
                    skipping = -1;
                    inStartTag = false;
                }
            } else if (pos >= limit && !fill(1)) {
                break;
            } else if (buf[pos] != '<') {
                int lt = view.indexOf('<', pos);
                int n = Math.min((lt < 0 ? limit : lt) - pos, end - o);
                System.arraycopy(buf, pos, out, o, n);
                pos += n;
                o += n;
            } else {
                int element = opening();
                if (element >= 0) {
                    skipping = element;
                    inStartTag = true;
                    quote = 0;
                    slash = false;
                    pos += starts[element].length();
                } else {
                    out[o++] = buf[pos++];
                }
            }
        }
        return o == off ? -1 : o - off;
    }

    /** Goes on dropping the element being skipped; false when the stream ends inside it. */
    private boolean skip() throws IOException {
        if (inStartTag) {
            while (pos < limit || fill(1)) {
                byte b = buf[pos++];
                if (b == '\n') {
                    newlines++;
                }
                if (quote != 0) {
                    quote = b == quote ? 0 : quote;
                } else if (b == '"' || b == '\'') {
                    quote = b;
                    slash = false;
                } else if (b == '>') {
                    inStartTag = false;
                    if (slash) {
                        skipping = -1;
                    }
                    return true;
                } else {
                    slash = b == '/';
                }
            }
            return false;
        }
        String end = ends[skipping];
        int at = view.indexOf(end, pos);
        if (at >= 0) {
            countNewlines(at);
            pos = at + end.length();
            skipping = -1;
            return true;
        }
        // The end tag may begin in the last bytes of the block: keep those, drop the rest, read on.
        int keep = Math.max(pos, limit - end.length() + 1);
        countNewlines(keep);
        pos = keep;
        if (!fill(limit - pos + 1)) {
            countNewlines(limit);
            pos = limit;
            return false;
        }
        return true;
    }

    /** Counts the newlines between {@code pos} and {@code to}, which is dropped text. */
    private void countNewlines(int to) {
        int from = pos;
        while (true) {
            if (nextNewline < from) {
                int at = view.indexOf('\n', from);
                nextNewline = at < 0 ? Integer.MAX_VALUE : at;
            }
            if (nextNewline >= to) {
                return;
            }
            newlines++;
            from = nextNewline + 1;
        }
    }

    /** Which skipped element starts at {@code pos}, which holds a {@code <}; -1 for none. */
    private int opening() throws IOException {
        for (int i = 0; i < starts.length; i++) {
            String start = starts[i];
            if ((limit - pos > start.length() || fill(start.length() + 1)) && view.startsWith(start, pos)) {
                byte next = buf[pos + start.length()];
                if (next == ' ' || next == '>' || next == '/' || next == '\t' || next == '\n' || next == '\r') {
                    return i;
                }
            }
        }
        return -1;
    }

    /** At least {@code n} bytes from {@code pos} in the buffer, unless the stream ends first. */
    private boolean fill(int n) throws IOException {
        if (limit - pos >= n) {
            return true;
        }
        if (eof) {
            return false;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        limit -= pos;
        pos = 0;
        while (limit < n && !eof) {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
        view = new String(buf, 0, limit, StandardCharsets.ISO_8859_1);
        nextNewline = -1;
        return limit >= n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
