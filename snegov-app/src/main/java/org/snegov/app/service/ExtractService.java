package org.snegov.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.snegov.model.Issue;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.read.ReadResult;

/** Reads files without storing anything: what {@code snegov extract} prints. */
public final class ExtractService {

    private final Clock clock;

    public ExtractService(Clock clock) {
        this.clock = clock;
    }

    /**
     * What the reader called {@code readerName} makes of {@code file}.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for a missing file, {@link Failure#BAD_DATA} when the
     *                           reader finds no record in it
     */
    public Extraction extract(Path file, String readerName) {
        byte[] bytes = SourceFile.bytes(file);
        Source source = Source.of(file.getFileName().toString(), "text/plain; charset=UTF-8", bytes, Instant.now(clock));
        ReadResult result = Readers.named(readerName).read(source);
        if (result.records().isEmpty()) {
            String why = result.issues().isEmpty() ? "no record found" : result.issues().get(0).toString();
            throw RegistryException.badData(why);
        }
        return new Extraction(source, result.records(), result.issues());
    }

    /**
     * Reads the Memorial list {@code file} row by row (streaming), handing each row's JSON line (the schema of the
     * Memorial evaluation sample, with {@code row} the 0-based data row) to {@code out}. Returns the rows read.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for a missing file, {@link Failure#BAD_ARGUMENT} when
     *                           the name or record-text column is missing
     */
    public int extractMemorial(Path file, String columns, java.util.function.Consumer<String> out) {
        int[] row = {0};
        return scanMemorial(file, columns, e -> {
            try {
                out.accept(RecordJson.mapper().writeValueAsString(MemorialJson.of(row[0]++, e)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
                throw new IllegalStateException("a tree always serialises", x);
            }
        });
    }

    /** Reads the Memorial list {@code file} row by row, handing each row as read to {@code out}; returns the rows. */
    int scanMemorial(Path file, String columns, java.util.function.Consumer<org.snegov.read.memorial.MemorialEntry> out) {
        var mapping = Readers.mapping(columns, Readers.MEMORIAL);
        if (!Files.isRegularFile(file)) {
            throw RegistryException.notFound("No such file: " + file);
        }
        String name = file.getFileName().toString();
        try (java.io.InputStream head = Files.newInputStream(file)) {
            var format = org.snegov.read.tabular.TableFormat.detect(head.readNBytes(1 << 16), name, null, null);
            try (var scanner = org.snegov.read.tabular.TableScanner.open(Files.newInputStream(file), format, name)) {
                org.snegov.read.memorial.MemorialReader reader;
                try {
                    reader = (org.snegov.read.memorial.MemorialReader)
                            org.snegov.read.memorial.MemorialReader.with(mapping).forHeader(scanner.header(), file.toString());
                } catch (IllegalArgumentException e) {
                    throw RegistryException.badArgument(e.getMessage());
                }
                int rows = 0;
                while (scanner.hasNext()) {
                    var row = scanner.next();
                    out.accept(reader.entry(row));
                    rows++;
                }
                return rows;
            }
        } catch (IOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A file as read.
     *
     * @param source  the file as a source (not stored)
     * @param records the records read, in file order; never empty
     * @param issues  problems found; may be empty
     */
    public record Extraction(Source source, List<SourceRecord> records, List<Issue> issues) {

        public Extraction {
            records = List.copyOf(records);
            issues = List.copyOf(issues);
        }
    }
}
