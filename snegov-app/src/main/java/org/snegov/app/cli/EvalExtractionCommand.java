package org.snegov.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.snegov.app.service.ExtractionEvaluation;
import org.snegov.eval.Counts;
import org.snegov.eval.ExtractionScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Scores biography extraction against gold files by the evaluation set's rule: per-type and",
                "overall precision, recall and F1 of events, birth and death accuracy, people recall."})
final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--bios", required = true, paramLabel = "DIR", description = "Biographies, SLUG.txt.")
    Path bios;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold files, SLUG.json.")
    Path gold;

    @Option(names = "--verbose", description = "Also list the missed and the extra events.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExtractionScore score = new ExtractionEvaluation().evaluate(bios, gold);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d biographies%n", score.documents());
        out.printf(Locale.ROOT, "%-16s %6s %6s %6s %8s %8s%n", "type", "P", "R", "F1", "pred", "gold");
        score.byType().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> line(out, e.getKey().code(), e.getValue()));
        line(out, "ALL EVENTS", score.events());
        out.printf(Locale.ROOT, "birth %.3f  death %.3f  people recall %.3f (%d/%d)%n", score.birthAccuracy(),
                score.deathAccuracy(), score.peopleRecall(), score.peopleFound(), score.peopleGold());
        if (verbose) {
            score.discrepancies().forEach(d -> out.println("  " + d));
        }
        return ExitCodes.OK;
    }

    private static void line(PrintWriter out, String label, Counts c) {
        out.printf(Locale.ROOT, "%-16s %6.3f %6.3f %6.3f %8d %8d%n", label, c.precision(), c.recall(), c.f1(),
                c.predicted(), c.gold());
    }
}
