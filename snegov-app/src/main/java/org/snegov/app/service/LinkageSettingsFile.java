package org.snegov.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.snegov.link.BlockingRule;
import org.snegov.link.FieldKind;
import org.snegov.link.FieldSpec;
import org.snegov.link.LinkSettings;

/**
 * A linkage settings file (JSON): how to read a CSV (id column, delimiter, missing-value markers, columns per
 * field) and the {@link LinkSettings}. Unknown keys are rejected by name. Without a file, the built-in Person CSV
 * settings apply.
 *
 * @param idColumn     the record id column, or {@code #row} for the 1-based data row number
 * @param sourceColumn the source column, or empty to use the input file's name
 * @param delimiter    the cell separator
 * @param columns      column names by position when the file's own header is wrong or absent (then skipped)
 * @param trim         whether cells are trimmed
 * @param missing      cell values meaning "missing" (the empty cell always does)
 * @param fieldColumns per field, the columns joined to make its value (dates with '-', others with ' ')
 * @param link         the linkage settings
 */
public record LinkageSettingsFile(String idColumn, String sourceColumn, char delimiter, List<String> columns,
                                  boolean trim, Set<String> missing, List<List<String>> fieldColumns,
                                  LinkSettings link) {

    private static final Set<String> TOP_KEYS = Set.of("description", "id", "source", "delimiter", "columns", "trim",
            "missing", "fields", "blocking", "deterministic_rules", "deterministic_recall", "match_threshold",
            "review_threshold", "sources_deduplicated", "max_block_size", "random_pairs", "link_density", "seed");
    private static final Set<String> FIELD_KEYS = Set.of("name", "kind", "columns", "tf", "phonetic");

    public LinkageSettingsFile {
        columns = List.copyOf(columns);
        missing = Set.copyOf(missing);
        fieldColumns = fieldColumns.stream().map(List::copyOf).toList();
    }

    /** The built-in settings for Person CSV. */
    public static LinkageSettingsFile person() {
        return new LinkageSettingsFile("record_id", "source", ',', List.of(), true, Set.of(),
                List.of(List.of("surname"), List.of("given_name"), List.of("patronymic"), List.of("birth_date"),
                        List.of("birth_place")), LinkSettings.person());
    }

    /**
     * Reads a settings file.
     *
     * @throws RegistryException NOT_FOUND for a missing file, BAD_ARGUMENT naming the key for a bad setting
     */
    public static LinkageSettingsFile read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw RegistryException.notFound("No such settings file: " + file);
        } catch (IOException e) {
            throw RegistryException.badArgument("Cannot read settings " + file + ": " + e.getMessage());
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw RegistryException.badArgument("Bad settings " + file + ": " + e.getMessage());
        }
    }

    static LinkageSettingsFile parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        rejectUnknown(root, TOP_KEYS, "settings");
        LinkSettings defaults = LinkSettings.person();
        List<FieldSpec> fields = new ArrayList<>();
        List<List<String>> fieldColumns = new ArrayList<>();
        JsonNode fieldsNode = require(root, "fields");
        for (JsonNode f : fieldsNode) {
            rejectUnknown(f, FIELD_KEYS, "field");
            String name = require(f, "name").asText();
            String kind = require(f, "kind").asText();
            FieldKind fieldKind;
            try {
                fieldKind = FieldKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kind '" + kind + "' of field '" + name
                        + "'; known: name, date, place, string");
            }
            fields.add(new FieldSpec(name, fieldKind, f.path("tf").asBoolean(false), f.path("phonetic").asBoolean(true)));
            fieldColumns.add(strings(f.get("columns"), List.of(name)));
        }
        List<BlockingRule> blocking = strings(require(root, "blocking"), List.of()).stream()
                .map(BlockingRule::parse).toList();
        List<List<String>> deterministic = new ArrayList<>();
        for (JsonNode rule : root.path("deterministic_rules")) {
            deterministic.add(strings(rule, List.of()));
        }
        LinkSettings link = new LinkSettings(fields, blocking, deterministic,
                root.path("deterministic_recall").asDouble(defaults.deterministicRecall()),
                root.path("match_threshold").asDouble(defaults.matchThreshold()),
                root.path("review_threshold").asDouble(defaults.reviewThreshold()),
                root.path("sources_deduplicated").asBoolean(false),
                root.path("max_block_size").asInt(defaults.maxBlockSize()),
                root.path("random_pairs").asInt(defaults.randomPairs()),
                root.path("link_density").asDouble(defaults.linkDensity()),
                root.path("seed").asLong(defaults.seed()));
        String delimiter = root.path("delimiter").asText(",");
        if (delimiter.length() != 1) {
            throw new IllegalArgumentException("delimiter must be one character, not '" + delimiter + "'");
        }
        return new LinkageSettingsFile(root.path("id").asText("record_id"), root.path("source").asText(""),
                delimiter.charAt(0), strings(root.get("columns"), List.of()), root.path("trim").asBoolean(true),
                Set.copyOf(strings(root.get("missing"), List.of())), fieldColumns, link);
    }

    private static JsonNode require(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing key '" + key + "'");
        }
        return v;
    }

    private static void rejectUnknown(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in " + where + "; known keys: "
                        + known.stream().sorted().toList());
            }
        }
    }

    private static List<String> strings(JsonNode node, List<String> fallback) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
