package org.snegov.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.snegov.app.service.LinkService;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RelinkService;
import org.snegov.link.PairExplanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains how two records compare: each field's level and weight, and the total.",
                "Records of the registry by default; of CSV files with --input (the model is trained on them)."})
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    DataDirOption db;

    @Option(names = "--input", paramLabel = "FILE", description = "Explain records of these CSV files instead.")
    List<Path> inputs;

    @Option(names = "--settings", paramLabel = "JSON", description = "Linkage settings for --input (default: Person CSV).")
    Path settings;

    @Parameters(index = "0", paramLabel = "RECORD_ID")
    String left;

    @Parameters(index = "1", paramLabel = "RECORD_ID")
    String right;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PairExplanation explanation;
        if (inputs != null && !inputs.isEmpty()) {
            explanation = new LinkService().explain(inputs, LinkService.settings(Optional.ofNullable(settings)), left,
                    right);
        } else {
            try (Registry registry = Registry.openExisting(db.dataDir)) {
                explanation = new RelinkService(registry).explain(left, right);
            }
        }
        spec.commandLine().getOut().print(explanation.render());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
