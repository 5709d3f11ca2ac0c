package org.snegov.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.snegov.app.service.ExtractService;
import org.snegov.app.service.Readers;
import org.snegov.app.service.RecordJson;
import org.snegov.app.service.RegistryException;
import org.snegov.model.SourceRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints what Snegov reads in files, without storing anything: one JSON object per",
                "record, one per line, evidence as {text, start, end} character offsets into the file."})
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Output format; only 'json' for now (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--reader", defaultValue = Readers.AUTO, paramLabel = "NAME",
            description = "How to read the files (default: ${DEFAULT-VALUE}).")
    String reader;

    @Option(names = "--columns", paramLabel = "MAPPING",
            description = "Column mapping for tabular readers: field=column pairs (full_name=NAME,bio=BIO).")
    String columns;

    @Option(names = "--columns-file", paramLabel = "FILE", description = "Column mapping in a file, one field=column pair a line.")
    Path columnsFile;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read.")
    List<Path> files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json")) {
            throw RegistryException.badArgument("Unknown format '" + format + "'; known formats: json");
        }
        var out = spec.commandLine().getOut();
        ExtractService service = new ExtractService(Clock.systemUTC());
        for (Path file : files) {
            String r = Readers.resolve(reader, file);
            if (r.equals(Readers.MEMORIAL)) {
                service.extractMemorial(file, columnsFile != null ? "@" + columnsFile : columns, out::println);
                continue;
            }
            var extraction = service.extract(file, r);
            for (SourceRecord record : extraction.records()) {
                out.println(RecordJson.mapper().writeValueAsString(
                        RecordJson.of(record, extraction.source().name())));
            }
            extraction.issues().forEach(i -> spec.commandLine().getErr().println("issue: " + i));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
