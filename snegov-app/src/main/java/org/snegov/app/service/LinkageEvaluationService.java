package org.snegov.app.service;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snegov.eval.linkage.LinkageScore;
import org.snegov.eval.linkage.LinkageScorer;

/**
 * Scores a {@code record_id,cluster_id} file against ground truth, which comes either from a truth file (any
 * delimited file: an id column, or {@code #row} for the data row number, and an entity column) or from the record
 * ids themselves through a regular expression whose first group is the entity (FEBRL's {@code rec-(\d+)}).
 */
public final class LinkageEvaluationService {

    /**
     * How to read the truth.
     *
     * @param file       the truth file, or empty to derive the truth from predicted ids with {@code idPattern}
     * @param idColumn   the truth file's id column ({@code #row}: the 1-based row)
     * @param entityColumn the truth file's entity column
     * @param idPattern  a regex applied to record ids (predicted ones when there is no file); group 1 is the
     *                   entity (no file) or the truth id to look up (with a file)
     */
    public record TruthSpec(Optional<Path> file, String idColumn, String entityColumn, Optional<String> idPattern) {
    }

    public LinkageScore evaluate(Path predicted, TruthSpec truth) {
        CsvTable pred = CsvTable.read(predicted, ',', java.util.List.of(), true);
        int id = pred.column("record_id");
        int cluster = pred.column("cluster_id");
        if (id < 0 || cluster < 0) {
            throw RegistryException.badData(predicted + " needs columns record_id,cluster_id; found " + pred.header());
        }
        Map<String, String> predictedClusters = new HashMap<>();
        pred.rows().forEach(r -> predictedClusters.put(r.cells().get(id), r.cells().get(cluster)));
        Pattern pattern = truth.idPattern().map(LinkageEvaluationService::compile).orElse(null);
        Map<String, String> trueClusters = new HashMap<>();
        if (truth.file().isEmpty()) {
            if (pattern == null) {
                throw RegistryException.badArgument("Give a truth file (--truth) or an id pattern (--truth-id-pattern)");
            }
            for (String recordId : predictedClusters.keySet()) {
                Matcher m = pattern.matcher(recordId);
                if (m.find()) {
                    trueClusters.put(recordId, m.group(1));
                }
            }
        } else {
            Path file = truth.file().get();
            char delimiter = file.toString().endsWith(".tsv") ? '\t' : ',';
            CsvTable table = CsvTable.read(file, delimiter, java.util.List.of(), true);
            boolean rowIds = truth.idColumn().equals("#row");
            int tid = rowIds ? -1 : column(table, truth.idColumn(), file);
            int entity = column(table, truth.entityColumn(), file);
            Map<String, String> byTruthId = new HashMap<>();
            int row = 0;
            for (CsvTable.Row r : table.rows()) {
                row++;
                byTruthId.put(rowIds ? Integer.toString(row) : r.cells().get(tid), r.cells().get(entity));
            }
            for (String recordId : predictedClusters.keySet()) {
                String key = recordId;
                if (pattern != null) {
                    Matcher m = pattern.matcher(recordId);
                    key = m.find() ? m.group(1) : recordId;
                }
                String e = byTruthId.get(key);
                if (e != null) {
                    trueClusters.put(recordId, e);
                }
            }
        }
        if (trueClusters.isEmpty()) {
            throw RegistryException.badData("No predicted record id has a truth entity; check --truth-id-column and "
                    + "--truth-id-pattern");
        }
        return LinkageScorer.score(predictedClusters, trueClusters);
    }

    private static int column(CsvTable table, String name, Path file) {
        int c = table.column(name);
        if (c < 0) {
            throw RegistryException.badArgument("Column '" + name + "' is not in " + file + "; its columns: "
                    + table.header());
        }
        return c;
    }

    private static Pattern compile(String regex) {
        try {
            Pattern p = Pattern.compile(regex);
            if (p.matcher("").groupCount() < 1) {
                throw RegistryException.badArgument("The id pattern '" + regex + "' needs a capturing group");
            }
            return p;
        } catch (PatternSyntaxException e) {
            throw RegistryException.badArgument("Bad id pattern '" + regex + "': " + e.getDescription());
        }
    }
}
