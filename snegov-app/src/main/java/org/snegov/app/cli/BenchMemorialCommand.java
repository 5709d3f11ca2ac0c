package org.snegov.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.snegov.app.service.BenchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "memorial", mixinStandardHelpOptions = true,
        description = "Times the Memorial reader on a list (5 rounds): records/s, fields and issues per record.")
final class BenchMemorialCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.csv", description = "A Memorial list with NAME and BIO columns.")
    Path file;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(new BenchService().memorialBench(file, 5));
        return ExitCodes.OK;
    }
}
