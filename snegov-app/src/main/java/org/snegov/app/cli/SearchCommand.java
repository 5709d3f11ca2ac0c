package org.snegov.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.snegov.app.service.Registry;
import org.snegov.app.service.SearchPage;
import org.snegov.app.service.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds persons under any spelling or script. Prints one hit per line, best first:",
                "id, name, birth year and birthplace, tab-separated."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
            description = "How many hits to print, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find: names, places, years.")
    List<String> words;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Registry registry = Registry.open(db.dataDir)) {
            SearchPage page = new SearchService(registry).search(String.join(" ", words), 1, limit);
            for (SearchPage.Hit hit : page.hits()) {
                out.println(String.join("\t", hit.personId(),
                        hit.nativeName() == null ? hit.name() : hit.name() + " (" + hit.nativeName() + ")",
                        hit.birthYear() == null ? "" : hit.birthYear().toString(),
                        hit.birthPlace() == null ? "" : hit.birthPlace()));
            }
            if (page.total() == 0) {
                spec.commandLine().getErr().println("No person matches '" + page.query() + "'.");
            }
        }
        return ExitCodes.OK;
    }
}
