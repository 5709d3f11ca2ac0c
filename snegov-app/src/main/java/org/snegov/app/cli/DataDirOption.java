package org.snegov.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option every command that touches the registry has. */
final class DataDirOption {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "snegov-data",
            description = "The registry's data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir;
}
