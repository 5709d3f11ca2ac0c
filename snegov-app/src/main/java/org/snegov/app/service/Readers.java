package org.snegov.app.service;

import java.util.Map;
import java.util.TreeMap;
import org.snegov.read.SourceReader;
import org.snegov.read.biography.BiographyReader;
import org.snegov.read.memorial.MemorialReader;
import org.snegov.read.tabular.ColumnMapping;
import org.snegov.read.tabular.PersonRowReader;
import org.snegov.read.tabular.RowReader;
import org.snegov.read.tabular.TabularSourceReader;

/** The source readers by name, as the CLI's {@code --reader} names them. */
public final class Readers {

    /** The reader used when none is named. */
    public static final String DEFAULT = "biography";

    /** The reader of Memorial lists (NAME and BIO columns). */
    public static final String MEMORIAL = "memorial";

    /** The reader of Person CSV and other name lists, CSV, TSV or JSON Lines. */
    public static final String TABLE = "table";

    private static final Map<String, SourceReader> BY_NAME = new TreeMap<>(Map.of(
            "biography", new BiographyReader(),
            MEMORIAL, new TabularSourceReader(MemorialReader.with(ColumnMapping.memorial())),
            TABLE, new TabularSourceReader(PersonRowReader.with(ColumnMapping.personCsv()))));

    private Readers() {
    }

    /**
     * The reader called {@code name}.
     *
     * @throws RegistryException {@link Failure#BAD_ARGUMENT} naming the readers there are
     */
    public static SourceReader named(String name) {
        SourceReader reader = BY_NAME.get(name);
        if (reader == null) {
            throw RegistryException.badArgument("Unknown reader '" + name + "'; known readers: "
                    + String.join(", ", BY_NAME.keySet()));
        }
        return reader;
    }

    /** The reader name that asks for detection from the file itself. */
    public static final String AUTO = "auto";

    /**
     * The reader for {@code file} when {@code name} is {@link #AUTO}, else {@code name}: a text whose first line is
     * {@code = Title =} is a biography; a table whose header has NAME and BIO columns is a Memorial list; any other
     * {@code .csv}, {@code .tsv} or {@code .jsonl} is a table (Person CSV or mapped).
     */
    public static String resolve(String name, java.nio.file.Path file) {
        if (!AUTO.equals(name)) {
            return name;
        }
        String first = firstLine(file);
        if (first.startsWith("= ") && first.endsWith(" =")) {
            return DEFAULT;
        }
        String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> columns = new java.util.HashSet<>();
        for (String c : first.split("[,;\t]")) {
            columns.add(c.replace("\"", "").strip().toUpperCase(java.util.Locale.ROOT));
        }
        boolean memorial = columns.contains("NAME") && columns.contains("BIO");
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".jsonl")) {
            return memorial ? MEMORIAL : TABLE;
        }
        // A .txt is a table only when its header names known columns; any other text is read as a biography,
        // which refuses it clearly if it is not one.
        if (memorial) {
            return MEMORIAL;
        }
        return columns.contains("SURNAME") ? TABLE : DEFAULT;
    }

    private static String firstLine(java.nio.file.Path file) {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            int nl = text.indexOf('\n');
            return (nl < 0 ? text : text.substring(0, nl)).strip();
        } catch (java.io.IOException e) {
            return ""; // the import that follows reports the file as missing or unreadable
        }
    }

    /** Whether {@code name} reads tables row by row (and so imports by streaming). */
    public static boolean isTabular(String name) {
        return name.equals(MEMORIAL) || name.equals(TABLE);
    }

    /**
     * The mapping written {@code columns} ({@code field=column} pairs, {@code @FILE} to read them from a file, or
     * null) over the default columns of tabular reader {@code reader}.
     *
     * @throws RegistryException {@link Failure#BAD_ARGUMENT} for an unknown field or a malformed pair,
     *                           {@link Failure#NOT_FOUND} for a mapping file that cannot be read
     */
    public static ColumnMapping mapping(String columns, String reader) {
        ColumnMapping base = reader.equals(MEMORIAL) ? ColumnMapping.memorial() : ColumnMapping.personCsv();
        if (columns == null || columns.isBlank()) return base;
        String text = columns;
        if (columns.startsWith("@")) {
            try {
                text = java.nio.file.Files.readString(java.nio.file.Path.of(columns.substring(1)), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw RegistryException.notFound("Cannot read the column mapping " + columns.substring(1) + ": " + e.getMessage());
            }
        }
        try {
            return ColumnMapping.parse(text, base);
        } catch (IllegalArgumentException e) {
            throw RegistryException.badArgument(e.getMessage());
        }
    }

    /**
     * The row reader factory of tabular reader {@code name} with {@code mapping} over its default columns.
     *
     * @throws RegistryException {@link Failure#BAD_ARGUMENT} for a reader that does not read tables
     */
    public static RowReader.Factory rows(String name, ColumnMapping mapping) {
        return switch (name) {
            case MEMORIAL -> MemorialReader.with(mapping);
            case TABLE -> PersonRowReader.with(mapping);
            default -> throw RegistryException.badArgument("Reader '" + name + "' does not read tables; tabular readers: "
                    + MEMORIAL + ", " + TABLE);
        };
    }
}
