package org.snegov.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.snegov.app.service.ImportOutcome;
import org.snegov.app.service.ImportService;
import org.snegov.app.service.Readers;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RegistryException;
import org.snegov.app.service.TableImportOutcome;
import org.snegov.app.service.TableImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Stores files in the registry verbatim and reads the persons they describe.",
                "Importing the same bytes again is a no-op that says so. Tables (--reader table or memorial)",
                "stream in batches with a progress bar; an interrupted import resumes where it stopped."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--reader", defaultValue = Readers.AUTO, paramLabel = "NAME",
            description = "How to read the files: biography, table (Person CSV, CSV/TSV/JSON Lines), memorial, or auto to tell by the file (default: ${DEFAULT-VALUE}).")
    String reader;

    @Option(names = "--columns", paramLabel = "MAPPING",
            description = "Column mapping for tables: field=column pairs (surname=Фамилия,birth_date=Год).")
    String columns;

    @Option(names = "--columns-file", paramLabel = "FILE", description = "Column mapping in a file, one field=column pair a line.")
    Path columnsFile;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        int worst = ExitCodes.OK;
        try (Registry registry = Registry.open(db.dataDir)) {
            for (Path file : files) {
                try {
                    String r = Readers.resolve(reader, file);
                    if (Readers.isTabular(r)) {
                        importTable(registry, file, r, out);
                    } else {
                        ImportOutcome o = new ImportService(registry, Clock.systemUTC()).importFile(file, r);
                        out.println(o.alreadyStored()
                                ? file + ": already stored (source " + o.sourceId().substring(0, 12) + "), nothing to do"
                                : file + ": imported " + o.records() + " record(s), " + o.issues().size()
                                        + " issue(s) (source " + o.sourceId().substring(0, 12) + ")");
                        o.issues().forEach(i -> out.println("  " + i));
                    }
                } catch (RegistryException e) {
                    // One bad file does not stop the others; the exit code reports the first failure.
                    spec.commandLine().getErr().println("snegov: " + e.getMessage());
                    worst = worst == ExitCodes.OK ? ExitCodes.of(e.failure()) : worst;
                }
            }
        }
        return worst;
    }

    private void importTable(Registry registry, Path file, String reader, java.io.PrintWriter out) {
        TableImportService service = new TableImportService(registry, Clock.systemUTC());
        TableImportOutcome o;
        if (System.console() != null) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("import " + file.getFileName())
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" MB", 1 << 20).showSpeed().setInitialMax(100).build()) {
                o = service.importFile(file, reader, mapping(), t -> {
                    bar.maxHint(t.total());
                    bar.stepTo(t.bytes());
                    bar.setExtraMessage(t.rows() + " rows");
                });
            }
        } else {
            ProgressLines lines = new ProgressLines(out);
            Consumer<TableImportService.Tick> plain = t -> lines.report(file.getFileName().toString(),
                    (double) t.bytes() / Math.max(1, t.total()), t.rows(), "rows");
            o = service.importFile(file, reader, mapping(), plain);
        }
        if (o.alreadyStored()) {
            out.println(file + ": already stored (source " + o.sourceId().substring(0, 12) + "), nothing to do");
            return;
        }
        out.println(String.format(Locale.ROOT, "%s: %s %d rows%s: %d record(s), %d issue(s) in %.1f s (%.0f rows/s), source %s",
                file, o.resumedFrom() > 0 ? "resumed at row " + o.resumedFrom() + " of" : "imported", o.rows(),
                "", o.records(), o.issues(), o.seconds(), (o.rows() - o.resumedFrom()) / Math.max(o.seconds(), 1e-9),
                o.sourceId().substring(0, 12)));
        o.firstIssues().forEach(i -> out.println("  " + i));
        if (o.rejects() != null) {
            out.println("  rejects report: " + o.rejects());
        }
    }


    /** The mapping as the services take it: inline pairs, or {@code @FILE} for a mapping file. */
    private String mapping() {
        return columnsFile != null ? "@" + columnsFile : columns;
    }
}
