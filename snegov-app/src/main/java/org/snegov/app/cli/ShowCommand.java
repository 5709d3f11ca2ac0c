package org.snegov.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.snegov.app.service.PersonService;
import org.snegov.app.service.PersonView;
import org.snegov.app.service.RecordJson;
import org.snegov.app.service.Registry;
import org.snegov.app.service.TimelineEntry;
import org.snegov.model.PersonName;
import org.snegov.model.Vital;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows a person: names, birth and death, a timeline where every event cites its source, and "
                + "what lists state beside them (nationality, party, occupation, sentencing bodies…).")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(paramLabel = "PERSON_ID", description = "The person's id, as 'snegov search' prints it.")
    String personId;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw org.snegov.app.service.RegistryException.badArgument(
                    "Unknown format '" + format + "'; known formats: text, json");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Registry registry = Registry.openExisting(db.dataDir)) {
            PersonService persons = new PersonService(registry);
            String now = persons.resolve(personId).orElse(personId);
            if (!now.equals(personId)) {
                spec.commandLine().getErr().println(personId + " was merged into " + now + "; showing " + now + ".");
            }
            PersonView view = persons.show(now);
            if (format.equals("json")) {
                var array = RecordJson.mapper().createArrayNode();
                view.person().records().forEach(r -> array.add(RecordJson.of(r,
                        view.sources().stream().filter(s -> s.id().equals(r.sourceId())).findFirst()
                                .map(PersonView.SourceRef::name).orElse(r.sourceId()))));
                out.println(RecordJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(array));
                return ExitCodes.OK;
            }
            out.println(view.name() + "  [" + view.id() + "]");
            for (PersonName n : view.names()) {
                if (!n.full().equals(view.name())) {
                    out.println("  also: " + n.full());
                }
            }
            vital(out, "born", view.birth());
            vital(out, "died", view.death());
            out.println("Timeline:");
            for (TimelineEntry e : view.timeline()) {
                out.printf(java.util.Locale.ROOT, "  %-10s %-14s %s%n", e.event().date() == null ? "—" : e.event().date(),
                        e.event().type().code(), e.event().place() == null ? "" : e.event().place().asWritten());
                out.printf(java.util.Locale.ROOT, "             \"%s\" (%s, characters %d-%d)%n", e.event().evidence().text(),
                        e.sourceName(), e.event().evidence().start(), e.event().evidence().end());
            }
            if (!view.facts().isEmpty()) {
                // What lists state beside names, vitals and events: nationality, party, occupation, bodies, charges.
                out.println("Details:");
                for (PersonView.FactRef f : view.facts()) {
                    out.printf(java.util.Locale.ROOT, "  %-20s %s  (%s, characters %d-%d)%n",
                            f.kind().code().replace('_', ' ') + ":", f.value(), f.sourceName(), f.evidence().start(),
                            f.evidence().end());
                }
            }
            if (!view.mentions().isEmpty()) {
                out.println("People mentioned: " + String.join(", ",
                        view.mentions().stream().map(m -> m.name()).distinct().toList()));
            }
            view.sources().forEach(s -> out.println("Source: " + s.name() + " (" + s.id() + ")"));
        }
        return ExitCodes.OK;
    }

    private static void vital(PrintWriter out, String label, Vital v) {
        if (v == null) {
            return;
        }
        out.println("  " + label + ": " + (v.date() == null ? "date unknown" : v.date().toString())
                + (v.place() == null ? "" : ", " + v.place().asWritten()));
    }
}
