package org.snegov.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code snegov} command: a registry of people persecuted for political reasons. */
@Command(name = "snegov", mixinStandardHelpOptions = true, version = "snegov 0.1.0",
        description = "A linked, searchable, source-cited registry of people persecuted for political reasons.",
        subcommands = {DemoCommand.class, ImportCommand.class, ExtractCommand.class, SearchCommand.class,
                ShowCommand.class, ServeCommand.class, ReindexCommand.class, EvalCommand.class, GenerateCommand.class,
                BenchCommand.class, LinkCommand.class, ExplainCommand.class, ReviewCommand.class, RelinkCommand.class,
                CommandLine.HelpCommand.class})
public final class SnegovCli implements Runnable {

    /** Lucene's advice to enable the incubating Vector API is noise for a registry's user; held so it stays set. */
    private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line writing UTF-8 to the given streams, with the exit-code mapping installed. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        ExitCodes codes = new ExitCodes();
        return new CommandLine(new SnegovCli()).setOut(out).setErr(err)
                .setExecutionExceptionHandler(codes).setParameterExceptionHandler(codes);
    }

    public static void main(String[] args) {
        LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        if (code != ExitCodes.OK || !ServeCommand.serving()) {
            System.exit(code);
        }
    }
}
