package org.snegov.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.snegov.app.service.GenerateService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes synthetic Person CSV (1-4 records per person from simulated sources, with hard",
                "negatives) and the true person of each record. Deterministic per seed."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--persons", required = true, paramLabel = "N", description = "How many persons.")
    int persons;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The Person CSV to write.")
    Path out;

    @Option(names = "--truth", required = true, paramLabel = "TRUTH.csv", description = "record_id,person_id to write.")
    Path truth;

    @Option(names = "--names", paramLabel = "DIR", description = "Name tables with frequencies (e.g. ../shared/data/names).")
    Path names;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long records = new GenerateService().generate(persons, seed, out, truth, names);
        spec.commandLine().getOut().println(out + ": " + records + " record(s) of " + persons + " person(s); truth in " + truth);
        return ExitCodes.OK;
    }
}
