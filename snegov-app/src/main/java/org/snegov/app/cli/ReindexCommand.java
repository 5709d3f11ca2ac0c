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
            java.io.PrintWriter err = spec.commandLine().getErr();
            long start = System.nanoTime();
            long[] last = {start};
            int n = new ImportService(registry, Clock.systemUTC()).reindex((done, total) -> {
                long now = System.nanoTime();
                synchronized (last) {
                    if (now - last[0] > 2_000_000_000L || done == total) {
                        last[0] = now;
                        double s = (now - start) / 1e9;
                        err.println(String.format(java.util.Locale.ROOT, "reindex: %d of %d persons, %.0f persons/s",
                                done, total, done / Math.max(s, 1e-9)));
                        err.flush();
                    }
                }
            });
            spec.commandLine().getOut().println("Indexed " + n + " person(s).");
        }
        return ExitCodes.OK;
    }
}
