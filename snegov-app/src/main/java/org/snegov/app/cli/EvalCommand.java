package org.snegov.app.cli;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures Snegov against gold data and prints the scores.",
        subcommands = {EvalExtractionCommand.class, EvalLinkageCommand.class})
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
