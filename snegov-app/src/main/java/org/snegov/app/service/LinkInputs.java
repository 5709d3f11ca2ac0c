package org.snegov.app.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snegov.link.LinkRecord;
import org.snegov.model.Issue;

/**
 * Records read from one or more CSV files for linking. With several files, each record id is qualified by its
 * file's name ({@code dataset4a:rec-1-org}) so that ids stay unique, and the file is the record's source unless the
 * settings name a source column.
 *
 * @param records the records, in file and row order
 * @param issues  rows that could not be read, and duplicate ids (the later row is left out)
 */
public record LinkInputs(List<LinkRecord> records, List<Issue> issues) {

    public LinkInputs {
        records = List.copyOf(records);
        issues = List.copyOf(issues);
    }

    /**
     * Reads {@code files} as {@code settings} say.
     *
     * @throws RegistryException NOT_FOUND for a missing file, BAD_ARGUMENT when a column the settings name is absent
     */
    public static LinkInputs read(List<Path> files, LinkageSettingsFile settings) {
        List<LinkRecord> records = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            CsvTable table = CsvTable.read(file, settings.delimiter(), settings.columns(), settings.trim());
            issues.addAll(table.issues());
            String label = label(file);
            boolean rowIds = settings.idColumn().equals("#row");
            int id = rowIds ? -1 : column(table, settings.idColumn(), file);
            int source = settings.sourceColumn().isEmpty() || table.column(settings.sourceColumn()) < 0 ? -1
                    : table.column(settings.sourceColumn());
            List<int[]> fieldColumns = new ArrayList<>();
            for (List<String> cols : settings.fieldColumns()) {
                fieldColumns.add(cols.stream().mapToInt(c -> column(table, c, file)).toArray());
            }
            int row = 0;
            for (CsvTable.Row r : table.rows()) {
                row++;
                String rawId = rowIds ? Integer.toString(row) : r.cells().get(id);
                if (rawId.isBlank()) {
                    issues.add(new Issue(file.toString(), r.line(), id + 1, "empty record id", ""));
                    continue;
                }
                String recordId = files.size() > 1 ? label + ":" + rawId : rawId;
                if (!seen.add(recordId)) {
                    issues.add(new Issue(file.toString(), r.line(), id + 1, "duplicate record id; row left out",
                            rawId));
                    continue;
                }
                List<String> values = new ArrayList<>(fieldColumns.size());
                for (int f = 0; f < fieldColumns.size(); f++) {
                    boolean date = settings.link().fields().get(f).kind() == org.snegov.link.FieldKind.DATE;
                    values.add(join(r.cells(), fieldColumns.get(f), date ? "-" : " ", settings.missing()));
                }
                String src = source >= 0 && files.size() == 1 ? r.cells().get(source) : label;
                records.add(new LinkRecord(recordId, src, values));
            }
        }
        return new LinkInputs(records, issues);
    }

    /** The file name without its extension. */
    static String label(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static int column(CsvTable table, String name, Path file) {
        int c = table.column(name);
        if (c < 0) {
            throw RegistryException.badArgument("Column '" + name + "' is not in " + file + "; its columns: "
                    + table.header());
        }
        return c;
    }

    private static String join(List<String> cells, int[] columns, String separator, Set<String> missing) {
        StringBuilder b = new StringBuilder();
        for (int c : columns) {
            String v = cells.get(c).strip();
            if (v.isEmpty() || missing.contains(v)) {
                continue;
            }
            if (b.length() > 0) {
                b.append(separator);
            }
            b.append(v);
        }
        return b.isEmpty() ? null : b.toString();
    }
}
