package org.snegov.read.tabular;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.snegov.model.Issue;

/**
 * Streams the rows of a CSV/TSV (parsed by FastCSV) or JSON Lines file with the character span of every field
 * in the decoded text (a BOM counts as one character, as in {@link org.snegov.model.Source#text()}). Memory
 * stays bounded by the parser's read-ahead, whatever the file's size. Rows the parser cannot read end the scan
 * with an issue. Not thread-safe; close it when done.
 */
public final class TableScanner implements Iterator<TableRow>, AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final String fileName;
    private final Window window;
    private final List<String> header;
    private final Iterator<TableRow> rows;
    private final List<Issue> issues = new ArrayList<>();
    private final java.io.Closeable closeable;

    private TableScanner(String fileName, TableFormat format, InputStream in) throws IOException {
        this.fileName = fileName;
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        if (format.bom()) {
            buffered.readNBytes(3);
        }
        this.window = new Window(new InputStreamReader(buffered, format.charset()), format.bom() ? 1 : 0);
        if (format.kind() == TableFormat.Kind.JSON_LINES) {
            JsonLines lines = new JsonLines();
            this.header = lines.header;
            this.rows = lines;
            this.closeable = window;
        } else {
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(format.delimiter()).quoteCharacter('"')
                    .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                    .allowExtraCharsAfterClosingQuote(true).ofCsvRecord(window);
            Delimited d = new Delimited(csv.iterator(), format.delimiter());
            this.header = d.header;
            this.rows = d;
            this.closeable = csv;
        }
    }

    /**
     * Opens {@code in} (which this scanner closes) as a table in {@code format}, reading its header.
     *
     * @throws UncheckedIOException when it cannot be read
     */
    public static TableScanner open(InputStream in, TableFormat format, String fileName) {
        try {
            return new TableScanner(fileName, format, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + fileName, e);
        }
    }

    /** The column names: the CSV header or the keys of the first JSON object; empty for an empty file. */
    public List<String> header() {
        return header;
    }

    /** The issues found since the last call (an unreadable line, a broken quote), then forgets them. */
    public List<Issue> takeIssues() {
        List<Issue> out = List.copyOf(issues);
        issues.clear();
        return out;
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNext();
        } catch (CsvParseException e) {
            issues.add(new Issue(fileName, 0, 0, "unreadable CSV, reading stopped: " + e.getMessage(), ""));
            return false;
        } catch (UncheckedIOException e) {
            throw e;
        }
    }

    @Override
    public TableRow next() {
        if (!hasNext()) throw new NoSuchElementException();
        return rows.next();
    }

    @Override
    public void close() {
        try {
            closeable.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close " + fileName, e);
        }
    }

    /** The characters read and not yet consumed, with their absolute offset. */
    private static final class Window extends Reader {
        private final Reader in;
        private final StringBuilder chars = new StringBuilder();
        private long base;

        Window(Reader in, long base) {
            this.in = in;
            this.base = base;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) chars.append(buf, off, n);
            return n;
        }

        /** Whether the absolute offset is loaded, reading on when the parser has not asked for it yet. */
        boolean has(long at) {
            return at - base < chars.length();
        }

        char at(long at) {
            return chars.charAt((int) (at - base));
        }

        String text(long from, long to) {
            return chars.substring((int) (from - base), (int) (to - base));
        }

        /** Forgets characters before {@code at} once enough have piled up. */
        void release(long at) {
            int drop = (int) (at - base);
            if (drop > (1 << 16)) {
                chars.delete(0, drop);
                base = at;
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private final class Delimited implements Iterator<TableRow> {
        private final Iterator<CsvRecord> records;
        private final char delimiter;
        private final List<String> header;
        private long cursor;
        private int index;

        Delimited(Iterator<CsvRecord> records, char delimiter) {
            this.records = records;
            this.delimiter = delimiter;
            this.cursor = window.base;
            if (records.hasNext()) {
                CsvRecord h = records.next();
                locate(h.getFields());
                this.header = h.getFields().stream().map(String::strip).toList();
            } else {
                this.header = List.of();
            }
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public TableRow next() {
            CsvRecord r = records.next();
            List<FieldSpan> spans = locate(r.getFields());
            return new TableRow(index++, r.getStartingLineNumber(), r.getFields(), spans);
        }

        private List<FieldSpan> locate(List<String> values) {
            List<FieldSpan> spans = new ArrayList<>(values.size());
            while (window.has(cursor) && (window.at(cursor) == '\n' || window.at(cursor) == '\r')) cursor++;
            for (String v : values) {
                long start = cursor;
                boolean quoted = window.has(cursor) && window.at(cursor) == '"';
                FieldSpan span;
                if (quoted) {
                    int quotes = 0;
                    for (int i = 0; i < v.length(); i++) if (v.charAt(i) == '"') quotes++;
                    long from = start + 1;
                    long to = from + v.length() + quotes;
                    span = span(from, to, quotes > 0);
                    cursor = to + 1;
                } else {
                    span = span(start, start + v.length(), false);
                    cursor = start + v.length();
                }
                while (window.has(cursor) && window.at(cursor) != delimiter && window.at(cursor) != '\n'
                        && window.at(cursor) != '\r') cursor++;
                if (window.has(cursor) && window.at(cursor) == delimiter) cursor++;
                spans.add(span);
            }
            while (window.has(cursor) && (window.at(cursor) == '\n' || window.at(cursor) == '\r')) cursor++;
            window.release(cursor);
            return spans;
        }

        private FieldSpan span(long from, long to, boolean escaped) {
            long end = to;
            while (end > from && !window.has(end - 1)) end--;
            return new FieldSpan((int) from, (int) end, escaped, window.text(from, end));
        }
    }

    private final class JsonLines implements Iterator<TableRow> {
        private final List<String> header = new ArrayList<>();
        private long offset;
        private long line;
        private int index;
        private TableRow pending;

        JsonLines() {
            this.offset = window.base;
            pending = advance(true);
        }

        @Override
        public boolean hasNext() {
            return pending != null;
        }

        @Override
        public TableRow next() {
            TableRow r = pending;
            pending = advance(false);
            return r;
        }

        private TableRow advance(boolean first) {
            while (true) {
                String text = readLine();
                if (text == null) return null;
                long start = offset - text.length() - 1;
                String content = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                if (content.isBlank()) continue;
                try {
                    Map<String, FieldSpan> fields = parse(content, start);
                    if (first && header.isEmpty()) header.addAll(fields.keySet());
                    List<String> values = new ArrayList<>();
                    List<FieldSpan> spans = new ArrayList<>();
                    for (String key : header) {
                        FieldSpan f = fields.get(key);
                        spans.add(f == null ? new FieldSpan((int) start, (int) start, false, "") : f);
                        values.add(f == null ? "" : valueOf(f));
                    }
                    return new TableRow(index++, line, values, spans);
                } catch (IOException e) {
                    issues.add(new Issue(fileName, (int) line, 1, "not a JSON object: " + e.getMessage().lines().findFirst().orElse(""),
                            content.length() > 200 ? content.substring(0, 200) : content));
                }
            }
        }

        private final Map<FieldSpan, String> decoded = new java.util.IdentityHashMap<>();

        private String valueOf(FieldSpan f) {
            return decoded.remove(f);
        }

        private Map<String, FieldSpan> parse(String content, long start) throws IOException {
            decoded.clear();
            Map<String, FieldSpan> out = new LinkedHashMap<>();
            try (JsonParser p = JSON.createParser(content)) {
                if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("expected '{'");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken t = p.nextToken();
                    int from = (int) p.currentTokenLocation().getCharOffset();
                    String value;
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                        value = content.substring(from, (int) p.currentLocation().getCharOffset());
                    } else {
                        value = t == JsonToken.VALUE_NULL ? "" : p.getText();
                    }
                    int to = (int) p.currentLocation().getCharOffset();
                    int s = t == JsonToken.VALUE_STRING ? from + 1 : from;
                    int e = t == JsonToken.VALUE_STRING ? Math.max(s, to - 1) : to;
                    String written = content.substring(s, e);
                    FieldSpan span = new FieldSpan((int) (start + s), (int) (start + e), !written.equals(value), written);
                    decoded.put(span, value);
                    out.put(key, span);
                }
            }
            return out;
        }

        private String readLine() {
            try {
                StringBuilder sb = new StringBuilder();
                char[] one = new char[1];
                while (true) {
                    int n = window.read(one, 0, 1);
                    if (n < 0) {
                        if (sb.isEmpty()) return null;
                        offset++;
                        line++;
                        window.release(offset);
                        return sb.toString();
                    }
                    offset++;
                    if (one[0] == '\n') {
                        line++;
                        window.release(offset);
                        return sb.toString();
                    }
                    sb.append(one[0]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + fileName, e);
            }
        }
    }
}
