package org.snegov.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
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
            ImportService imports = new ImportService(registry, Clock.systemUTC());
            int n;
            if (System.console() != null) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("reindex").setStyle(ProgressBarStyle.ASCII)
                        .setUnit(" persons", 1).showSpeed().build()) {
                    n = imports.reindex((done, total) -> {
                        bar.maxHint(total);
                        bar.stepTo(done);
                    });
                }
            } else {
                ProgressLines lines = new ProgressLines(spec.commandLine().getErr());
                n = imports.reindex((done, total) -> lines.report("reindex", (double) done / Math.max(1, total), done, "persons"));
            }
            spec.commandLine().getOut().println("Indexed " + n + " person(s).");
        }
        return ExitCodes.OK;
    }
}
