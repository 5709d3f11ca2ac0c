package org.snegov.app.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snegov.generate.NameTables;
import org.snegov.generate.PersonGenerator;

/** Writes synthetic Person CSV with its truth, for benchmarks and linkage tests. */
public final class GenerateService {

    /**
     * Writes {@code persons} persons drawn with {@code seed} to {@code out} and their truth to {@code truth}, with
     * given-name frequencies from {@code names} when not null. Returns the number of records.
     *
     * @throws RegistryException {@link Failure#BAD_ARGUMENT} for a non-positive count,
     *                           {@link Failure#ENVIRONMENT} when a file cannot be read or written
     */
    public long generate(int persons, long seed, Path out, Path truth, Path names) {
        if (persons <= 0) {
            throw RegistryException.badArgument("--persons must be at least 1, was " + persons);
        }
        try {
            NameTables tables = names == null ? NameTables.builtIn() : NameTables.load(names);
            try (BufferedWriter o = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 BufferedWriter t = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
                return new PersonGenerator(tables).write(persons, seed, o, t);
            }
        } catch (IOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Could not generate: " + e.getMessage(), e);
        }
    }
}
