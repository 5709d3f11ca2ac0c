package org.snegov.read.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which column holds which record field. Written {@code field=column} pairs separated by commas or lines
 * ({@code surname=Фамилия, given_name=Имя}); blank lines and {@code #} comments are ignored. Fields not given
 * keep their Person CSV column names, so the Person CSV reads with no mapping at all.
 *
 * @param columns the column name of each field that is mapped
 */
public record ColumnMapping(Map<Field, String> columns) {

    /** The fields a row may give. */
    public enum Field {
        /** The record's own id in the source. */
        RECORD_ID("record_id"),
        /** The source a Person CSV row names. */
        SOURCE("source"),
        /** Family name. */
        SURNAME("surname"),
        /** Given name or initial. */
        GIVEN_NAME("given_name"),
        /** Patronymic or its initial. */
        PATRONYMIC("patronymic"),
        /** The name in one column ("Фамилия Имя Отчество"), as Memorial's NAME. */
        FULL_NAME("full_name"),
        /** Birth date, partial ISO or dd.MM.yyyy. */
        BIRTH_DATE("birth_date"),
        /** Birthplace as written. */
        BIRTH_PLACE("birth_place"),
        /** A record text to read with the Memorial reader (Memorial's BIO). */
        BIO("bio");

        private final String code;

        Field(String code) {
            this.code = code;
        }

        /** The field's name in mappings and in the Person CSV header. */
        public String code() {
            return code;
        }

        static Field of(String code) {
            for (Field f : values()) {
                if (f.code.equals(code.strip().toLowerCase(Locale.ROOT))) return f;
            }
            throw new IllegalArgumentException("Unknown field '" + code.strip() + "' in the column mapping; known fields: "
                    + String.join(", ", Arrays.stream(values()).map(Field::code).toList()));
        }
    }

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** The Person CSV's own header names. */
    public static ColumnMapping personCsv() {
        return new ColumnMapping(Map.of());
    }

    /** Memorial's layout: NAME and BIO. */
    public static ColumnMapping memorial() {
        return new ColumnMapping(Map.of(Field.FULL_NAME, "NAME", Field.BIO, "BIO"));
    }

    /**
     * Parses {@code field=column} pairs separated by commas or new lines, over {@code base}.
     *
     * @throws IllegalArgumentException naming an unknown field or a pair without '='
     */
    public static ColumnMapping parse(String text, ColumnMapping base) {
        Map<Field, String> out = new LinkedHashMap<>(base.columns);
        for (String line : text.split("[\\n,]")) {
            String pair = line.strip();
            if (pair.isEmpty() || pair.startsWith("#")) continue;
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("Bad column mapping '" + pair + "'; expected field=column");
            }
            out.put(Field.of(pair.substring(0, eq)), pair.substring(eq + 1).strip());
        }
        return new ColumnMapping(out);
    }

    /** The column name of {@code field}: the mapped one, or the Person CSV name. */
    public String column(Field field) {
        return columns.getOrDefault(field, field.code());
    }

    /**
     * The column positions in {@code header}: -1 for an unmapped field whose Person CSV column is absent.
     *
     * @param required fields that must be present
     * @throws IllegalArgumentException naming a mapped or required column that is missing and the columns there are
     */
    public int[] resolve(List<String> header, List<Field> required, String fileName) {
        int[] at = new int[Field.values().length];
        List<String> folded = new ArrayList<>();
        header.forEach(h -> folded.add(h.strip().toLowerCase(Locale.ROOT)));
        for (Field f : Field.values()) {
            String col = column(f);
            at[f.ordinal()] = folded.indexOf(col.strip().toLowerCase(Locale.ROOT));
            if (at[f.ordinal()] < 0 && (columns.containsKey(f) || required.contains(f))) {
                throw new IllegalArgumentException("Column '" + col + "' (for " + f.code() + ") is not in " + fileName
                        + "; its columns are: " + String.join(", ", header));
            }
        }
        return at;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        columns.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(sb.isEmpty() ? "" : ",").append(e.getKey().code()).append('=').append(e.getValue()));
        return sb.toString();
    }

    /** Equal mappings print equal: the form stored with an import, so a resumed import checks it is the same. */
    public String canonical() {
        return Objects.toString(this);
    }
}
