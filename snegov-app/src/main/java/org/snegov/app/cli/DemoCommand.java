package org.snegov.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.snegov.app.service.ImportOutcome;
import org.snegov.app.service.ImportService;
import org.snegov.app.service.Readers;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RegistryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Imports the bundled samples (once) and serves the registry at http://localhost:7070."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--samples", defaultValue = "samples", paramLabel = "DIR",
            description = "The folder of sample biographies, *.txt (default: ${DEFAULT-VALUE}).")
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
        ImportService imports = new ImportService(registry, Clock.systemUTC());
        for (Path file : files) {
            ImportOutcome o = imports.importFile(file, Readers.DEFAULT);
            out.println(o.alreadyStored() ? "Sample " + file.getFileName() + " is already in " + db.dataDir
                    : "Imported sample " + file.getFileName() + ": " + o.records() + " person(s)");
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
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new RegistryException(org.snegov.app.service.Failure.ENVIRONMENT,
                    "Could not list " + samples + ": " + e.getMessage(), e);
        }
    }
}
