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
                "id, name, birth year and birthplace, tab-separated; with --why, the reasons of each match below it.",
                "Query syntax (the same as /api/search): free words in any script or spelling, initials (Снегов А. В.),",
                "born:1898 or born:1895-1900 (also 'b. 1898'), place:Kiev (old or new name), event:arrest,",
                "event:arrest@1937 or event:@1937, source:ID, name:WORD; a bare year matches a birth or event year."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
            description = "How many hits to print, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--why", description = "Print the reasons of each match and the facet counts.")
    boolean why;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find: names, places, years.")
    List<String> words;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Registry registry = Registry.openExisting(db.dataDir)) {
            SearchPage page = new SearchService(registry).search(String.join(" ", words), 1, limit);
            for (SearchPage.Hit hit : page.hits()) {
                out.println(String.join("\t", hit.personId(),
                        hit.nativeName() == null ? hit.name() : hit.name() + " (" + hit.nativeName() + ")",
                        hit.birthYear() == null ? "" : hit.birthYear().toString(),
                        hit.birthPlace() == null ? "" : hit.birthPlace()));
                if (why) {
                    hit.reasons().forEach(r -> out.println("\t  " + r));
                }
            }
            if (why) {
                for (SearchPage.Facet f : page.facets()) {
                    out.println("# " + f.label() + ": " + String.join(", ", f.values().stream()
                            .map(v -> v.value() + " (" + v.count() + ")").toList()));
                }
            }
            if (page.total() == 0) {
                spec.commandLine().getErr().println("No person matches '" + page.query() + "'.");
            }
        }
        return ExitCodes.OK;
    }
}
