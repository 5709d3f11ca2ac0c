package org.snegov.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.snegov.app.service.LinkService;
import org.snegov.link.BlockingReport;
import org.snegov.link.LinkResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the records of CSV files into persons and writes record_id,cluster_id.",
                "Person CSV by default; any CSV with --settings (see bench/linkage/*.json)."})
final class LinkCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "A CSV file; repeat to link across files (ids then read FILE_NAME:ID).")
    List<Path> inputs;

    @Option(names = "--settings", paramLabel = "JSON", description = "Linkage settings (default: Person CSV).")
    Path settings;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write record_id,cluster_id.")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        var outcome = new LinkService().link(inputs, LinkService.settings(Optional.ofNullable(settings)), out);
        outcome.inputs().issues().stream().limit(20).forEach(i -> err.println("issue: " + i));
        if (outcome.inputs().issues().size() > 20) {
            err.println("issue: ... " + (outcome.inputs().issues().size() - 20) + " more");
        }
        LinkResult r = outcome.result();
        report(spec.commandLine().getOut(), outcome.inputs().records().size(), r, (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }

    static void report(PrintWriter out, int records, LinkResult r, double seconds) {
        BlockingReport b = r.blocking();
        out.printf(Locale.ROOT, "records %d; candidate pairs %d of %d possible%n", records, b.candidatePairs(),
                b.possiblePairs());
        for (BlockingReport.RuleCount c : b.rules()) {
            out.printf(Locale.ROOT, "  block %-60s proposed %d, new %d%s%n", c.rule(), c.proposed(), c.added(),
                    c.skippedBlocks() == 0 ? "" : ", skipped " + c.skippedBlocks() + " blocks (" + c.skippedPairs()
                            + " pairs)");
        }
        out.printf(Locale.ROOT, "lambda %.3g; links %d; review pairs %d; clusters %d%n", r.scorer().model().lambda(),
                r.links().size(), r.review().size(), r.clusterCount());
        long[] t = r.timings();
        out.printf(Locale.ROOT, "time %.1f s (prepare %d ms, block+compare %d ms, train %d ms, score %d ms, cluster %d ms)%n",
                seconds, t[0], t[1], t[2], t[3], t[4]);
        out.flush();
    }
}
