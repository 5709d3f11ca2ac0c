package org.snegov.read.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snegov.model.Evidence;
import org.snegov.model.Issue;
import org.snegov.model.NameKind;
import org.snegov.model.PartialDate;
import org.snegov.model.PersonName;
import org.snegov.model.Place;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;
import org.snegov.read.tabular.ColumnMapping.Field;

/**
 * Reads rows of a name list: name parts (or one full-name column), birth date and birthplace, through a
 * {@link ColumnMapping}. A row without any name is rejected; an unreadable birth date is an issue and the
 * record is kept without it. Thread-safe.
 */
public final class PersonRowReader implements RowReader {

    /** The producer written on every record. */
    public static final String PRODUCER = "person-csv/1";

    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern YEAR_ONLY = Pattern.compile("(~)?(\\d{4})\\??");

    private final String fileName;
    private final int[] at;
    private final int width;

    private PersonRowReader(String fileName, int[] at, int width) {
        this.fileName = fileName;
        this.at = at;
        this.width = width;
    }

    /** The factory of readers for {@code mapping}; a header must hold a surname or a full-name column. */
    public static RowReader.Factory with(ColumnMapping mapping) {
        return (header, fileName) -> {
            List<Field> required = mapping.columns().containsKey(Field.FULL_NAME) ? List.of(Field.FULL_NAME) : List.of(Field.SURNAME);
            return new PersonRowReader(fileName, mapping.resolve(header, required, fileName), header.size());
        };
    }

    @Override
    public RowOutcome read(TableRow row, String sourceId) {
        List<Issue> issues = new ArrayList<>();
        if (row.values().size() != width) {
            issues.add(new Issue(fileName, (int) row.line(), 1, "row has " + row.values().size() + " fields, the header "
                    + width, String.join("|", row.values())));
        }
        String id = SourceRecord.idFor(sourceId, row.index());
        List<PersonName> names = new ArrayList<>();
        int full = at[Field.FULL_NAME.ordinal()];
        if (full >= 0 && !row.value(full).isBlank()) {
            String text = row.value(full).strip();
            String[] parts = text.split("\\s+", 3);
            names.add(new PersonName(text, parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null,
                    NameKind.PRIMARY, evidence(sourceId, row, full)));
        } else {
            String surname = value(row, Field.SURNAME);
            String given = value(row, Field.GIVEN_NAME);
            String patronymic = value(row, Field.PATRONYMIC);
            String text = String.join(" ", java.util.stream.Stream.of(surname, given, patronymic)
                    .filter(s -> s != null).toList());
            if (!text.isBlank()) {
                int evidenceColumn = surname != null ? at[Field.SURNAME.ordinal()]
                        : given != null ? at[Field.GIVEN_NAME.ordinal()] : at[Field.PATRONYMIC.ordinal()];
                names.add(new PersonName(text, surname, given, patronymic, NameKind.PRIMARY,
                        evidence(sourceId, row, evidenceColumn)));
            }
        }
        if (names.isEmpty()) {
            issues.add(new Issue(fileName, (int) row.line(), Math.max(1, at[Field.SURNAME.ordinal()] + 1),
                    "row has no name; not imported", String.join("|", row.values())));
            return new RowOutcome(null, List.of(), issues);
        }
        Vital birth = birth(row, sourceId, issues);
        SourceRecord record = new SourceRecord(id, sourceId, PRODUCER, names, birth, null, List.of(), List.of(), List.of());
        return new RowOutcome(record, List.of(), issues);
    }

    private Vital birth(TableRow row, String sourceId, List<Issue> issues) {
        int dateCol = at[Field.BIRTH_DATE.ordinal()];
        int placeCol = at[Field.BIRTH_PLACE.ordinal()];
        String rawDate = value(row, Field.BIRTH_DATE);
        String rawPlace = value(row, Field.BIRTH_PLACE);
        PartialDate date = null;
        if (rawDate != null) {
            date = parseDate(rawDate);
            if (date == null) {
                issues.add(new Issue(fileName, (int) row.line(), dateCol + 1,
                        "unreadable birth date; expected yyyy, yyyy-MM, yyyy-MM-dd or dd.MM.yyyy", rawDate));
            }
        }
        if (date == null && rawPlace == null) {
            return null;
        }
        int evCol = date != null ? dateCol : placeCol;
        if (evCol < 0 || (date == null && rawPlace == null)) return null;
        return new Vital(date, rawPlace == null ? null : Place.of(rawPlace), evidence(sourceId, row, date != null ? dateCol : placeCol));
    }

    /** A birth date in the forms lists use, or null: partial ISO, {@code ~1937}, {@code 1937?}, {@code dd.MM.yyyy}. */
    static PartialDate parseDate(String raw) {
        String s = raw.strip();
        try {
            Matcher m = DOTTED.matcher(s);
            if (m.matches()) {
                return PartialDate.ofDay(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = YEAR_ONLY.matcher(s);
            if (m.matches()) {
                PartialDate d = PartialDate.ofYear(Integer.parseInt(m.group(2)));
                return m.group(1) != null || s.endsWith("?") ? d.approximately() : d;
            }
            return PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String value(TableRow row, Field field) {
        int col = at[field.ordinal()];
        if (col < 0) return null;
        String v = row.value(col).strip();
        return v.isEmpty() ? null : v;
    }

    private static Evidence evidence(String sourceId, TableRow row, int column) {
        if (column < 0 || column >= row.spans().size()) {
            FieldSpan first = row.spans().isEmpty() ? new FieldSpan(0, 0, false, "") : row.spans().get(0);
            return new Evidence(sourceId, first.start(), first.end(), first.written());
        }
        FieldSpan f = row.spans().get(column);
        return new Evidence(sourceId, f.start(), f.end(), f.written());
    }
}
