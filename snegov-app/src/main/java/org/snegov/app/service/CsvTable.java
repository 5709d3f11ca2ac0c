package org.snegov.app.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.snegov.model.Issue;

/**
 * A delimited text file read whole: a header and rows of cells (RFC 4180 quoting, CR LF or LF). A row whose cell
 * count differs from the header's is kept out and reported as an {@link Issue}; nothing here throws on data.
 *
 * @param header the column names (trimmed), or those given by settings when the file's own header is wrong
 * @param rows   the rows, each with one cell per column, and the 1-based line each started on
 * @param issues rows that could not be read
 */
record CsvTable(List<String> header, List<Row> rows, List<Issue> issues) {

    /** One row and where it came from. */
    record Row(int line, List<String> cells) {
    }

    /** The index of column {@code name}, or -1. */
    int column(String name) {
        return header.indexOf(name);
    }

    /**
     * Reads {@code file}.
     *
     * @param delimiter  the cell separator
     * @param columns    when not empty, the column names by position, and the file's first line is skipped
     * @param trim       whether cells are trimmed (FEBRL puts a space after each comma)
     * @throws RegistryException NOT_FOUND when the file does not exist, ENVIRONMENT when it cannot be read
     */
    static CsvTable read(Path file, char delimiter, List<String> columns, boolean trim) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw RegistryException.notFound("No such file: " + file);
        } catch (IOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Row> all = parse(text, delimiter, trim);
        List<Issue> issues = new ArrayList<>();
        if (all.isEmpty()) {
            return new CsvTable(columns, List.of(), issues);
        }
        List<String> header = columns.isEmpty() ? all.get(0).cells() : columns;
        List<Row> rows = new ArrayList<>(all.size());
        for (Row row : all.subList(1, all.size())) {
            if (row.cells().size() == 1 && row.cells().get(0).isEmpty()) {
                continue;
            }
            if (row.cells().size() != header.size()) {
                issues.add(new Issue(file.toString(), row.line(), 1, "expected " + header.size() + " cells, found "
                        + row.cells().size(), String.join(String.valueOf(delimiter), row.cells())));
                continue;
            }
            rows.add(row);
        }
        return new CsvTable(List.copyOf(header), rows, issues);
    }

    private static List<Row> parse(String text, char delimiter, boolean trim) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                cells.add(finish(cell, trim));
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(finish(cell, trim));
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(finish(cell, trim));
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows;
    }

    private static String finish(StringBuilder cell, boolean trim) {
        String s = trim ? cell.toString().strip() : cell.toString();
        cell.setLength(0);
        return s;
    }
}
