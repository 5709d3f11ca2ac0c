package org.snegov.app.cli;

import java.io.PrintWriter;
import org.snegov.app.service.Failure;
import org.snegov.app.service.RegistryException;
import picocli.CommandLine;

/**
 * The one place where failures become exit codes (after BSD's sysexits): a one-line message on standard
 * error, never a stack trace.
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** Success. */
    static final int OK = 0;
    /** Anything unexpected. */
    static final int SOFTWARE = 1;
    /** The command line is wrong: unknown option, missing argument. */
    static final int USAGE = 64;
    /** The input data is bad: not a biography, nothing readable. */
    static final int DATA = 65;
    /** A file, person or source does not exist. */
    static final int NO_INPUT = 66;
    /** A setting or argument value is wrong. */
    static final int CONFIG = 78;

    static int of(Failure failure) {
        return switch (failure) {
            case BAD_DATA -> DATA;
            case NOT_FOUND -> NO_INPUT;
            case BAD_ARGUMENT -> CONFIG;
            case ENVIRONMENT -> SOFTWARE;
        };
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof RegistryException re) {
            err.println("snegov: " + re.getMessage());
            err.flush();
            return of(re.failure());
        }
        err.println("snegov: unexpected failure: " + e + " (please report this)");
        err.flush();
        return SOFTWARE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("snegov: " + e.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USAGE;
    }
}
