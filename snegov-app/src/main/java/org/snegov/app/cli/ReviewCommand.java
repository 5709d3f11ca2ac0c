package org.snegov.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RelinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Lists pairs of records the linker is unsure of (between the two thresholds), or records",
                "a decision: 'review same A B', 'review different A B', 'review retract DECISION_ID'.",
                "Decisions always beat the machine; they apply at the next 'snegov relink'."},
        subcommands = {ReviewCommand.Same.class, ReviewCommand.Different.class, ReviewCommand.Retract.class})
final class ReviewCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most N pairs (default: ${DEFAULT-VALUE}).")
    int limit;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Registry registry = Registry.openExisting(db.dataDir)) {
            var items = new RelinkService(registry).review(limit);
            if (items.isEmpty()) {
                out.println("Nothing to review.");
            }
            for (var item : items) {
                out.printf(Locale.ROOT, "%.3f  %s  %s%n       %s  %s%n", item.probability(), item.left(),
                        item.leftText(), item.right(), item.rightText());
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Shared options of the decision subcommands. */
    abstract static class Decide implements Callable<Integer> {
        @Mixin
        DataDirOption db;

        @Parameters(index = "0", paramLabel = "RECORD_ID")
        String left;

        @Parameters(index = "1", paramLabel = "RECORD_ID")
        String right;

        @Option(names = "--author", defaultValue = "${sys:user.name}", paramLabel = "NAME",
                description = "Who decides (default: the user name).")
        String author;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why.")
        String note;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        abstract String verdict();

        @Override
        public Integer call() {
            try (Registry registry = Registry.openExisting(db.dataDir)) {
                String id = new RelinkService(registry).decide(left, right, verdict(), author, note);
                spec.commandLine().getOut().println("decision " + id + ": " + left + " " + verdict() + " " + right
                        + " (applies at the next 'snegov relink')");
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "same", mixinStandardHelpOptions = true, description = "Decides that two records are one person.")
    static final class Same extends Decide {
        @Override
        String verdict() {
            return "same";
        }
    }

    @Command(name = "different", mixinStandardHelpOptions = true, description = "Decides that two records are two people.")
    static final class Different extends Decide {
        @Override
        String verdict() {
            return "different";
        }
    }

    @Command(name = "retract", mixinStandardHelpOptions = true, description = "Retracts a decision (kept on record).")
    static final class Retract implements Callable<Integer> {
        @Mixin
        DataDirOption db;

        @Parameters(paramLabel = "DECISION_ID")
        String id;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Registry registry = Registry.openExisting(db.dataDir)) {
                new RelinkService(registry).retract(id);
                spec.commandLine().getOut().println("retracted " + id);
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
        }
    }
}
