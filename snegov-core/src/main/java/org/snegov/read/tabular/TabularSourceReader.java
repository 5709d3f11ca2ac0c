package org.snegov.read.tabular;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.snegov.model.Issue;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.read.ReadResult;
import org.snegov.read.SourceReader;

/**
 * A whole tabular source read at once through a {@link RowReader}: for extraction and small files (imports of
 * large files stream rows instead). A missing column becomes an issue here, as a reader never throws on data.
 */
public final class TabularSourceReader implements SourceReader {

    private final RowReader.Factory rows;

    public TabularSourceReader(RowReader.Factory rows) {
        this.rows = rows;
    }

    @Override
    public ReadResult read(Source source) {
        byte[] content = source.content();
        TableFormat format = TableFormat.detect(Arrays.copyOf(content, Math.min(content.length, 1 << 16)), source.name(), null, null);
        List<SourceRecord> records = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        try (TableScanner scanner = TableScanner.open(new ByteArrayInputStream(content), format, source.name())) {
            RowReader reader;
            try {
                reader = rows.forHeader(scanner.header(), source.name());
            } catch (IllegalArgumentException e) {
                return new ReadResult(List.of(), List.of(new Issue(source.name(), 1, 0, e.getMessage(), "")));
            }
            while (scanner.hasNext()) {
                RowOutcome o = reader.read(scanner.next(), source.id());
                issues.addAll(scanner.takeIssues());
                issues.addAll(o.issues());
                if (o.record() != null) records.add(o.record());
            }
            issues.addAll(scanner.takeIssues());
        }
        return new ReadResult(records, issues);
    }
}
