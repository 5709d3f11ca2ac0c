package org.snegov.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.snegov.app.service.ImportService;
import org.snegov.app.service.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the search index from the store (the index is derived data).")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Registry registry = Registry.openExisting(db.dataDir)) {
            int n = new ImportService(registry, Clock.systemUTC()).reindex();
            spec.commandLine().getOut().println("Indexed " + n + " person(s).");
        }
        return ExitCodes.OK;
    }
}
