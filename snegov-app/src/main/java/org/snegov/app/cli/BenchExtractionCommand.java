package org.snegov.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.snegov.app.service.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Reads biographies over and over on one thread and prints biographies per second after a",
                "warm-up, and the cold start-up of the extractor (making it and reading the first biography)."})
final class BenchExtractionCommand implements Callable<Integer> {

    @Option(names = "--bios", paramLabel = "DIR", defaultValue = "../shared/eval/bios",
            description = "Biographies, *.txt (default: ${DEFAULT-VALUE}).")
    Path bios;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "5",
            description = "Length of the warm-up and of the timed phase, each (default: ${DEFAULT-VALUE}).")
    double seconds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExtractionEvaluation.Benchmark b = new ExtractionEvaluation().benchmark(bios, seconds);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d biographies in %s%n", b.documents(), bios);
        out.printf(Locale.ROOT, "start-up (cold, patterns loaded, first biography read): %.3f s%n", b.startupSeconds());
        out.printf(Locale.ROOT, "throughput: %.0f biographies/s on one thread (%d reads in %.1f s after %.1f s warm-up)%n",
                b.perSecond(), b.reads(), seconds, seconds);
        out.printf(Locale.ROOT, "one core: %.0f biographies per CPU-second of this thread%n", b.perCpuSecond());
        return ExitCodes.OK;
    }
}
