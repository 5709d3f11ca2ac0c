package org.snegov.read.memorial;

import java.util.ArrayList;
import java.util.List;
import org.snegov.model.EventType;
import org.snegov.model.Evidence;
import org.snegov.model.Fact;
import org.snegov.model.FactKind;
import org.snegov.model.Issue;
import org.snegov.model.LifeEvent;
import org.snegov.model.NameKind;
import org.snegov.model.PersonName;
import org.snegov.model.Place;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;
import org.snegov.read.tabular.ColumnMapping;
import org.snegov.read.tabular.ColumnMapping.Field;
import org.snegov.read.tabular.FieldSpan;
import org.snegov.read.tabular.RowOutcome;
import org.snegov.read.tabular.RowReader;
import org.snegov.read.tabular.TableRow;

/**
 * Reads rows of a Memorial list (a name column and a record-text column, NAME and BIO by default) into
 * records: names, birth, events with dates, and {@link Fact}s for nationality, party, occupation, address,
 * burial place and a sentence's body, charge and term; every claim's evidence is its span in the file.
 * What the text parser could not place becomes an issue at the field's line and column. Thread-safe.
 */
public final class MemorialReader implements RowReader {

    /** The producer written on every record. */
    public static final String PRODUCER = "memorial-reader/1";

    private static final MemorialTextParser PARSER = new MemorialTextParser();

    private final String fileName;
    private final int nameColumn;
    private final int bioColumn;

    private MemorialReader(String fileName, int nameColumn, int bioColumn) {
        this.fileName = fileName;
        this.nameColumn = nameColumn;
        this.bioColumn = bioColumn;
    }

    /** The factory of readers for {@code mapping}, whose full_name and bio columns must exist. */
    public static RowReader.Factory with(ColumnMapping mapping) {
        java.util.Map<Field, String> columns = new java.util.HashMap<>(ColumnMapping.memorial().columns());
        columns.putAll(mapping.columns());
        ColumnMapping m = new ColumnMapping(columns);
        return (header, fileName) -> {
            int[] at = m.resolve(header, List.of(Field.FULL_NAME, Field.BIO), fileName);
            return new MemorialReader(fileName, at[Field.FULL_NAME.ordinal()], at[Field.BIO.ordinal()]);
        };
    }

    /** The row as the text parser reads it; spans index the name and record-text values. */
    public MemorialEntry entry(TableRow row) {
        return PARSER.parse(row.value(nameColumn), row.value(bioColumn));
    }

    @Override
    public RowOutcome read(TableRow row, String sourceId) {
        MemorialEntry e = entry(row);
        List<Issue> issues = new ArrayList<>();
        for (MemorialEntry.Problem p : e.problems()) {
            issues.add(new Issue(fileName, (int) row.line(), (p.inName() ? nameColumn : bioColumn) + 1, p.reason(),
                    p.span().text().length() > 200 ? p.span().text().substring(0, 200) : p.span().text()));
        }
        if (e.surname() == null) {
            return new RowOutcome(null, List.of(), issues);
        }
        String id = SourceRecord.idFor(sourceId, row.index());
        String nameText = row.value(nameColumn);
        TextSpan whole = TextSpan.trimmedWhole(nameText);
        PersonName name = new PersonName(whole.text(), e.surname().text(), text(e.given()), text(e.patronymic()),
                NameKind.PRIMARY, evidence(sourceId, row, nameColumn, whole));
        List<PersonName> names = new ArrayList<>(List.of(name));
        for (TextSpan v : e.variants()) {
            names.add(new PersonName(v.text(), null, null, null, NameKind.OTHER, evidence(sourceId, row, nameColumn, v)));
        }
        Vital birth = null;
        TextSpan birthSpan = e.birthDateSpan() != null ? e.birthDateSpan() : e.birthPlace();
        if (birthSpan != null) {
            birth = new Vital(e.birthDate(), e.birthPlace() == null ? null : Place.of(e.birthPlace().text()),
                    evidence(sourceId, row, bioColumn, birthSpan));
        }
        List<LifeEvent> events = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (MemorialEvent ev : e.events()) {
            int pos = events.size();
            events.add(LifeEvent.of(ev.type(), ev.date(), null, evidence(sourceId, row, bioColumn, ev.span())));
            fact(facts, id, ev.type() == EventType.REHABILITATION ? FactKind.REHABILITATING_BODY
                    : FactKind.SENTENCING_BODY, pos, sourceId, row, ev.body());
            fact(facts, id, FactKind.CHARGE, pos, sourceId, row, ev.charge());
            fact(facts, id, FactKind.SENTENCE_TERM, pos, sourceId, row, ev.term());
        }
        fact(facts, id, FactKind.NATIONALITY, -1, sourceId, row, e.nationality());
        fact(facts, id, FactKind.PARTY, -1, sourceId, row, e.party().span());
        fact(facts, id, FactKind.OCCUPATION, -1, sourceId, row, e.occupation());
        fact(facts, id, FactKind.ADDRESS, -1, sourceId, row, e.address());
        fact(facts, id, FactKind.BURIAL_PLACE, -1, sourceId, row, e.burialPlace());
        SourceRecord record = new SourceRecord(id, sourceId, PRODUCER, names, birth, null, events, List.of(), List.of());
        return new RowOutcome(record, facts, issues);
    }

    private void fact(List<Fact> facts, String id, FactKind kind, int event, String sourceId, TableRow row, TextSpan span) {
        if (span != null && !span.text().isBlank()) {
            facts.add(new Fact(id, kind, span.text(), event, evidence(sourceId, row, bioColumn, span)));
        }
    }

    private static String text(TextSpan s) {
        return s == null ? null : s.text();
    }

    /** The evidence of {@code span} of the value in {@code column}, as its characters are written in the file. */
    private static Evidence evidence(String sourceId, TableRow row, int column, TextSpan span) {
        FieldSpan f = row.spans().get(column);
        String value = row.value(column);
        int start = f.at(value, span.start());
        int end = Math.max(start, f.at(value, span.end()));
        int from = Math.min(start - f.start(), f.written().length());
        int to = Math.min(end - f.start(), f.written().length());
        return new Evidence(sourceId, f.start() + from, f.start() + to, f.written().substring(from, to));
    }
}
