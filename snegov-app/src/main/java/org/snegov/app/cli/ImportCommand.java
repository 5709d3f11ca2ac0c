package org.snegov.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.snegov.app.service.ImportOutcome;
import org.snegov.app.service.ImportService;
import org.snegov.app.service.Readers;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RegistryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Stores files in the registry verbatim and reads the persons they describe.",
                "Importing the same bytes again is a no-op that says so."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--reader", defaultValue = Readers.DEFAULT, paramLabel = "NAME",
            description = "How to read the files (default: ${DEFAULT-VALUE}).")
    String reader;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        int worst = ExitCodes.OK;
        try (Registry registry = Registry.open(db.dataDir)) {
            ImportService service = new ImportService(registry, Clock.systemUTC());
            for (Path file : files) {
                try {
                    ImportOutcome o = service.importFile(file, reader);
                    out.println(o.alreadyStored()
                            ? file + ": already stored (source " + o.sourceId().substring(0, 12) + "), nothing to do"
                            : file + ": imported " + o.records() + " record(s), " + o.issues().size()
                                    + " issue(s) (source " + o.sourceId().substring(0, 12) + ")");
                    o.issues().forEach(i -> out.println("  " + i));
                } catch (RegistryException e) {
                    // One bad file does not stop the others; the exit code reports the first failure.
                    spec.commandLine().getErr().println("snegov: " + e.getMessage());
                    worst = worst == ExitCodes.OK ? ExitCodes.of(e.failure()) : worst;
                }
            }
        }
        return worst;
    }
}
