package org.snegov.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.snegov.app.service.Failure;
import org.snegov.app.service.ImportOutcome;
import org.snegov.app.service.ImportService;
import org.snegov.app.service.Readers;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RegistryException;
import org.snegov.app.service.RelinkService;
import org.snegov.app.service.TableImportOutcome;
import org.snegov.app.service.TableImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Imports the bundled samples (once), links their records into persons and serves the",
                "registry at http://localhost:7070."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--samples", defaultValue = "samples", paramLabel = "DIR",
            description = "The folder of samples: biographies (*.txt) and lists (*.csv) (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--port", defaultValue = "7070", paramLabel = "N",
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = sampleFiles();
        Registry registry = Registry.open(db.dataDir);
        boolean added = false;
        for (Path file : files) {
            String reader = Readers.resolve(Readers.AUTO, file);
            if (Readers.isTabular(reader)) {
                TableImportOutcome o = new TableImportService(registry, Clock.systemUTC()).importFile(file, reader,
                        null, tick -> { });
                added |= !o.alreadyStored();
                out.println(o.alreadyStored() ? "Sample " + file.getFileName() + " is already in " + db.dataDir
                        : "Imported sample " + file.getFileName() + ": " + o.records() + " record(s)");
            } else {
                ImportOutcome o = new ImportService(registry, Clock.systemUTC()).importFile(file, reader);
                added |= !o.alreadyStored();
                out.println(o.alreadyStored() ? "Sample " + file.getFileName() + " is already in " + db.dataDir
                        : "Imported sample " + file.getFileName() + ": " + o.records() + " record(s)");
            }
        }
        if (added) {
            var linked = new RelinkService(registry).relink(false);
            out.printf(Locale.ROOT, "Linked %d records into %d persons (%d pairs to review with 'snegov review').%n",
                    linked.records(), linked.personsAfter(), linked.reviewPairs());
        }
        ServeCommand.serve(registry, "localhost", port, out);
        return ExitCodes.OK;
    }

    private List<Path> sampleFiles() {
        if (!Files.isDirectory(samples)) {
            throw RegistryException.notFound("No samples folder at " + samples.toAbsolutePath()
                    + "; run ./snegov demo from the repository, or pass --samples DIR");
        }
        try (Stream<Path> s = Files.list(samples)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.(txt|csv)")).sorted().toList();
        } catch (IOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Could not list " + samples + ": " + e.getMessage(), e);
        }
    }
}
