package org.filmlens.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: a byte-order mark decides the encoding; otherwise UTF-16 when the bytes are
 * plainly that (every other byte NUL), else UTF-8, and when the bytes are not valid UTF-8, windows-1252 (the usual
 * encoding of older Western pages). UTF-16 without a mark and windows-1252 come with a warning. Empty files and
 * binary files are refused with one line that names the file.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final int SNIFF_BYTES = 64 * 1024;
    static final double MAX_CONTROL_SHARE = 0.01;

    /** Decoded text, and a warning line when the encoding had to be guessed (else null). */
    record Decoded(String text, String warning) { }

    private TextDecoder() {
    }

    static Decoded decode(String name, byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(name + ": the file is empty");
        }
        Decoded d = decodeBytes(name, bytes);
        if (d.text().isBlank()) {
            throw new IngestException(name + ": the file has no text (only white space)");
        }
        return d;
    }

    /**
     * Bytes whose page declares their charset ({@code <meta charset>}), read so when the bytes agree. A declaration
     * is often wrong (a page saved again by another program): UTF-16 declared in bytes that a meta tag could be read
     * from as ASCII is none, UTF-8 declared over bytes that are mostly not UTF-8 is none, and a single-byte charset
     * declared over valid UTF-8 with characters beyond ASCII would turn each of them into two. Those are read as
     * their bytes say, with a warning that names the declaration.
     */
    static Decoded decodeDeclared(String name, byte[] bytes, Charset declared) throws IngestException {
        String said = name + ": declares " + declared.name() + " but ";
        if (declared.name().startsWith("UTF-16")) {
            Decoded d = decode(name, bytes);
            return new Decoded(d.text(), said + "is not; read as its bytes say"
                    + (d.warning() == null ? "" : " (" + d.warning() + ")"));
        }
        checkNotBinary(name, bytes, 0);
        String text = new String(bytes, declared);
        boolean utf8 = declared.equals(StandardCharsets.UTF_8);
        if (utf8 && text.indexOf('\uFFFD') < 0 || !utf8 && !hasHighBytes(bytes)) {
            return new Decoded(text, null); // the bytes agree, or are plain ASCII that every such charset reads alike
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (utf8 && scan.malformed > scan.valid) {
            return new Decoded(new String(bytes, WINDOWS_1252), said + "is not valid UTF-8 (first at byte "
                    + scan.firstMalformed + "); read as windows-1252");
        }
        if (!utf8 && scan.malformed == 0 && scan.valid > 0 && declared.canEncode()
                && declared.newEncoder().maxBytesPerChar() == 1) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), said + "its bytes are UTF-8; read as UTF-8");
        }
        return new Decoded(text, utf8 && scan.malformed > 0 ? scan.warning(name) : null);
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Decoded decodeBytes(String name, byte[] bytes) throws IngestException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            checkNotBinary(name, bytes, 3);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            Utf8Scan scan = text.indexOf('\uFFFD') < 0 ? null : Utf8Scan.of(bytes);
            return new Decoded(text, scan == null || scan.malformed == 0 ? null : scan.warning(name));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            String text = new String(bytes, utf16);
            checkNotControls(name, text);
            return new Decoded(text, name + ": no byte-order mark, read as " + utf16.name());
        }
        checkNotBinary(name, bytes, 0);
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, null); // nothing was replaced, so the bytes are valid UTF-8
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.malformed == 0) {
            return new Decoded(fast, null); // a U+FFFD written in the file itself
        }
        if (scan.valid >= scan.malformed) {
            // UTF-8 with a flaw or two (a file cut inside a character, a stray byte): read as UTF-8, which the rest
            // is, rather than turning every accented letter of it into two wrong ones
            return new Decoded(fast, scan.warning(name));
        }
        return new Decoded(new String(bytes, WINDOWS_1252), name + ": not valid UTF-8 (first at byte "
                + scan.firstMalformed + "), read as windows-1252");
    }

    /** Valid and malformed sequences of bytes above ASCII, as UTF-8 reads them. */
    private static final class Utf8Scan {
        int valid;
        int malformed;
        long firstMalformed = -1;

        static Utf8Scan of(byte[] bytes) {
            Utf8Scan scan = new Utf8Scan();
            int i = 0;
            while (i < bytes.length) {
                int b = bytes[i] & 0xFF;
                int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                        : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                boolean ok = length > 0 && i + length <= bytes.length;
                for (int k = 1; ok && k < length; k++) {
                    ok = (bytes[i + k] & 0xC0) == 0x80;
                }
                if (length == 1) {
                    i++;
                } else if (ok) {
                    scan.valid++;
                    i += length;
                } else {
                    if (scan.malformed++ == 0) {
                        scan.firstMalformed = i;
                    }
                    i++;
                }
            }
            return scan;
        }

        String warning(String name) {
            return name + ": " + malformed + (malformed == 1 ? " byte" : " bytes") + " not valid UTF-8 (the first at"
                    + " byte " + firstMalformed + ") read as \uFFFD";
        }
    }

    /**
     * UTF-16 saved without its byte-order mark: in text of Latin letters every other byte is NUL, the high half of each
     * character. Decided on the first {@link #SNIFF_BYTES}: at least 90% of the pairs have one NUL, nearly always on
     * the same side (a character beyond Latin-1 here and there has none), and the other byte is not NUL. Else null,
     * and NUL bytes mean the file is binary.
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length, SNIFF_BYTES) / 2;
        if (pairs < 2) {
            return null; // (an odd last byte, of a file cut short, is read as a replacement character)
        }
        int highFirst = 0;
        int lowFirst = 0;
        for (int p = 0; p < pairs; p++) {
            byte a = bytes[2 * p];
            byte b = bytes[2 * p + 1];
            if (a == 0 && b != 0) {
                highFirst++;
            } else if (b == 0 && a != 0) {
                lowFirst++;
            }
        }
        if (lowFirst >= 0.9 * pairs && highFirst <= 0.01 * pairs) {
            return StandardCharsets.UTF_16LE;
        }
        return highFirst >= 0.9 * pairs && lowFirst <= 0.01 * pairs ? StandardCharsets.UTF_16BE : null;
    }

    /** Text read as UTF-16 is still binary when more than a few of its first characters are control characters. */
    private static void checkNotControls(String name, String text) throws IngestException {
        int sniffed = Math.min(text.length(), SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < sniffed; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_SHARE * sniffed) {
            throw new IngestException(name + ": binary file (too many control characters), not text");
        }
    }

    /** NUL bytes, or more than a few control characters near the start, mean the file is not text. */
    static void checkNotBinary(String name, byte[] bytes, int from) throws IngestException {
        int controls = 0;
        int sniffed = 0;
        for (int i = from; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new IngestException(name + ": binary file (contains NUL bytes), not text");
            }
            if (i - from < SNIFF_BYTES) {
                sniffed++;
                if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                    controls++;
                }
            }
        }
        if (sniffed > 0 && controls > MAX_CONTROL_SHARE * sniffed) {
            throw new IngestException(name + ": binary file (too many control characters), not text");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
