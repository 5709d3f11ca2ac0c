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
        if (!Files.isRegularFile(file)) {
            throw RegistryException.notFound("No such file: " + file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Could not read " + file + ": " + e.getMessage(), e);
        }
        Source source = Source.of(file.getFileName().toString(), "text/plain; charset=UTF-8", bytes, Instant.now(clock));
        ReadResult result = Readers.named(readerName).read(source);
        if (result.records().isEmpty()) {
            String why = result.issues().isEmpty() ? "no record found" : result.issues().get(0).toString();
            throw RegistryException.badData(why);
        }
        return new Extraction(source, result.records(), result.issues());
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
