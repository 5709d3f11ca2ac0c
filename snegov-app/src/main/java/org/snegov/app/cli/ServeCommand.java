package org.snegov.app.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.snegov.app.service.ImportService;
import org.snegov.app.service.Registry;
import org.snegov.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the web registry and its API (under /api/) until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    private static final AtomicBoolean SERVING = new AtomicBoolean();

    @Mixin
    DataDirOption db;

    @Option(names = "--port", defaultValue = "7070", paramLabel = "N",
            description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "localhost", paramLabel = "HOST",
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Whether a command left the web server running, so the process must not exit. */
    static boolean serving() {
        return SERVING.get();
    }

    @Override
    public Integer call() {
        serve(Registry.openExisting(db.dataDir), host, port, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Starts the server on {@code registry} and returns; the server's threads keep the process alive. */
    static void serve(Registry registry, String host, int port, java.io.PrintWriter out) {
        ImportService imports = new ImportService(registry, Clock.systemUTC());
        if (!imports.indexInStep()) {
            out.println("The search index is behind the store; rebuilding it...");
            out.println("Indexed " + imports.reindex() + " person(s).");
        }
        WebServer server = WebServer.start(registry, host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            registry.close();
        }, "snegov-shutdown"));
        SERVING.set(true);
        out.println("Snegov is serving " + registry.dataDir() + " at http://" + host + ":" + server.port()
                + "/  (Ctrl-C to stop)");
        out.flush();
    }
}
