package org.snegov.read.biography;

import java.util.List;
import org.snegov.extract.BiographyExtractor;
import org.snegov.extract.Span;
import org.snegov.model.Issue;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.read.ReadResult;
import org.snegov.read.SourceReader;

/**
 * Reads a biography source: parses it with {@link BiographyParser} and extracts one record with
 * {@link BiographyExtractor}, whose id is {@code SourceRecord.idFor(source.id(), 0)}. A text that is not a
 * biography gives no record and one issue. Never throws on data. Stateless and thread-safe.
 */
public final class BiographyReader implements SourceReader {

    private static final int RAW_LIMIT = 80;

    private final BiographyParser parser = new BiographyParser();
    private final BiographyExtractor extractor = new BiographyExtractor();

    @Override
    public ReadResult read(Source source) {
        String text = source.text();
        return parser.parse(text)
                .map(doc -> {
                    SourceRecord record = extractor.extract(doc, source.id(), SourceRecord.idFor(source.id(), 0));
                    return new ReadResult(List.of(record), List.of());
                })
                .orElseGet(() -> new ReadResult(List.of(), List.of(notABiography(source.name(), text))));
    }

    private static Issue notABiography(String file, String text) {
        int line = 1;
        String first = "";
        for (Span l : BiographyParser.lines(text)) {
            String s = l.text();
            if (!s.isBlank()) {
                first = s.strip();
                break;
            }
            line++;
        }
        String raw = first.length() > RAW_LIMIT ? first.substring(0, RAW_LIMIT) : first;
        return new Issue(file, line, 1, "not a biography: expected a first line '= Title ='", raw);
    }
}
