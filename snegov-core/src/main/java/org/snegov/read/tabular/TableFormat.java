package org.snegov.read.tabular;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * How a tabular file is written.
 *
 * @param kind      CSV-like or JSON Lines
 * @param delimiter the field separator (CSV only)
 * @param charset   the text encoding
 * @param bom       the file starts with a UTF-8 byte-order mark, which is not data
 */
public record TableFormat(Kind kind, char delimiter, Charset charset, boolean bom) {

    /** Windows-1251, the Cyrillic code page of older lists. */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** The layouts read. */
    public enum Kind {
        /** Delimited text: comma, semicolon, tab or pipe, with double quotes. */
        DELIMITED,
        /** One JSON object per line. */
        JSON_LINES
    }

    public TableFormat {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(charset, "charset");
    }

    /**
     * Detects the format from the file's first bytes and name: {@code .jsonl}/{@code .ndjson} or a first
     * character '{' means JSON Lines; the delimiter is the most frequent of tab, semicolon, comma and pipe
     * in the first line outside quotes ({@code .tsv} means tab); the encoding is UTF-8 (with or without BOM)
     * when the bytes decode as UTF-8, Windows-1251 otherwise. {@code charset}/{@code delimiter} override
     * detection when not null.
     */
    public static TableFormat detect(byte[] head, String fileName, Charset charset, Character delimiter) {
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset cs = charset != null ? charset : decodesAsUtf8(head, bom ? 3 : 0) ? StandardCharsets.UTF_8 : WINDOWS_1251;
        String text = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), cs);
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || text.stripLeading().startsWith("{")) {
            return new TableFormat(Kind.JSON_LINES, ',', cs, bom && cs.equals(StandardCharsets.UTF_8));
        }
        char d = delimiter != null ? delimiter : name.endsWith(".tsv") ? '\t' : guessDelimiter(text);
        return new TableFormat(Kind.DELIMITED, d, cs, bom && cs.equals(StandardCharsets.UTF_8));
    }

    private static char guessDelimiter(String text) {
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        char best = ',';
        int bestCount = 0;
        for (char c : new char[] {',', '\t', ';', '|'}) {
            int n = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char x = line.charAt(i);
                if (x == '"') quoted = !quoted;
                else if (x == c && !quoted) n++;
            }
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    private static boolean decodesAsUtf8(byte[] head, int from) {
        // The head may end inside a multi-byte character: drop up to three trailing bytes of one.
        int end = head.length;
        for (int k = 0; k < 3 && end > from && (head[end - 1] & 0xC0) == 0x80; k++) end--;
        if (end > from && (head[end - 1] & 0xC0) == 0xC0) end--;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, from, end - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
