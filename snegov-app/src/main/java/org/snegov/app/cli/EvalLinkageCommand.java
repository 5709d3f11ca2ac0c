package org.snegov.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.snegov.app.service.LinkageEvaluationService;
import org.snegov.app.service.RegistryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "linkage", mixinStandardHelpOptions = true,
        description = {"Prints pairwise and B-cubed precision, recall and F1 of clusters against ground truth.",
                "Truth: a file (--truth, with --truth-id-column and --truth-column), or entity ids taken",
                "from record ids (--truth-id-pattern 'rec-(\\d+)' for FEBRL)."})
final class EvalLinkageCommand implements Callable<Integer> {

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "record_id,cluster_id as 'snegov link' writes.")
    Path pred;

    @Option(names = "--truth", paramLabel = "FILE", description = "The truth file (CSV, or TSV by extension).")
    Path truth;

    @Option(names = "--truth-id-column", defaultValue = "record_id", paramLabel = "NAME",
            description = "The truth file's record id column, or #row for the row number (default: ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--truth-column", defaultValue = "cluster_id", paramLabel = "NAME",
            description = "The truth file's entity column (default: ${DEFAULT-VALUE}).")
    String entityColumn;

    @Option(names = "--truth-id-pattern", paramLabel = "REGEX",
            description = "Group 1 of this regex on a predicted id: the entity (no truth file) or the truth id.")
    String idPattern;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (truth == null && idPattern == null) {
            throw RegistryException.badArgument("Give --truth FILE or --truth-id-pattern REGEX");
        }
        var score = new LinkageEvaluationService().evaluate(pred, new LinkageEvaluationService.TruthSpec(
                Optional.ofNullable(truth), idColumn, entityColumn, Optional.ofNullable(idPattern)));
        spec.commandLine().getOut().println(score.render());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
