package org.snegov.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RelinkService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "relink", mixinStandardHelpOptions = true,
        description = {"Links the registry's records into persons. Only what changed since the last run is",
                "re-linked (new records, persons touched by new decisions) unless --full is given."})
final class RelinkCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--full", description = "Re-link every record.")
    boolean full;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Registry registry = Registry.openExisting(db.dataDir)) {
            var o = new RelinkService(registry).relink(full);
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "records %d (re-linked %d); candidate pairs %d; links %d; pairs to review %d%n"
                            + "persons %d -> %d; persons changed %d; ids redirected %d%n",
                    o.records(), o.focusRecords(), o.candidatePairs(), o.links(), o.reviewPairs(), o.personsBefore(),
                    o.personsAfter(), o.personsChanged(), o.redirects());
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
