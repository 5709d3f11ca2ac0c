package org.snegov.app.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snegov.link.LinkRecord;
import org.snegov.link.LinkResult;
import org.snegov.link.Linker;
import org.snegov.link.PairExplanation;

/** Links records of CSV files and explains pairs; no registry involved. */
public final class LinkService {

    /** What a file linkage did. */
    public record LinkOutcome(LinkInputs inputs, LinkResult result) {
    }

    /** The settings from {@code file}, or the built-in Person CSV settings. */
    public static LinkageSettingsFile settings(Optional<Path> file) {
        return file.map(LinkageSettingsFile::read).orElseGet(LinkageSettingsFile::person);
    }

    /**
     * Links the records of {@code inputs} and writes {@code record_id,cluster_id} to {@code out}; a cluster's id is
     * the id of its first record.
     *
     * @throws RegistryException BAD_DATA when the inputs hold no record
     */
    public LinkOutcome link(List<Path> inputs, LinkageSettingsFile settings, Path out) {
        LinkInputs read = LinkInputs.read(inputs, settings);
        if (read.records().isEmpty()) {
            throw RegistryException.badData("No records to link in " + inputs);
        }
        LinkResult result = Linker.of(settings.link()).link(read.records());
        write(out, read.records(), result.cluster());
        return new LinkOutcome(read, result);
    }

    /**
     * Explains records {@code left} and {@code right} of {@code inputs}, with a model trained on all of them.
     *
     * @throws RegistryException NOT_FOUND when an id is not among the records
     */
    public PairExplanation explain(List<Path> inputs, LinkageSettingsFile settings, String left, String right) {
        LinkInputs read = LinkInputs.read(inputs, settings);
        int a = indexOf(read.records(), left);
        int b = indexOf(read.records(), right);
        LinkResult result = Linker.of(settings.link()).link(read.records());
        return result.scorer().explain(a, b);
    }

    static int indexOf(List<LinkRecord> records, String id) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(id)) {
                return i;
            }
        }
        throw RegistryException.notFound("No record '" + id + "' in the input");
    }

    private static void write(Path out, List<LinkRecord> records, int[] cluster) {
        String[] first = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            if (first[cluster[i]] == null) {
                first[cluster[i]] = records.get(i).id();
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("record_id,cluster_id\n");
            for (int i = 0; i < records.size(); i++) {
                w.write(csv(records.get(i).id()) + "," + csv(first[cluster[i]]) + "\n");
            }
        } catch (IOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
