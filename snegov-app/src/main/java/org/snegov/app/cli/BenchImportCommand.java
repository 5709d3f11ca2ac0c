package org.snegov.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.snegov.app.service.BenchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Generates --persons persons (about 2.5 records each) and imports them into DIR/data with the",
                "table reader, then reports records/s and the peak heap.",
                "Run with SNEGOV_JAVA_OPTS=-Xmx512m to check the import's memory bound."})
final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--persons", defaultValue = "400000", paramLabel = "N",
            description = "Persons to generate (default: ${DEFAULT-VALUE}, about 1,000,000 records).")
    int persons;

    @Option(names = "--seed", defaultValue = "11", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "An empty working directory.")
    Path dir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println("bench import: " + new BenchService().importBench(persons, seed, dir));
        return ExitCodes.OK;
    }
}
