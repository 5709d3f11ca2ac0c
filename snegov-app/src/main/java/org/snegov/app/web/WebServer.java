package org.snegov.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snegov.app.service.Registry;
import org.snegov.app.service.RegistryException;

/**
 * The web registry: pages, the JSON API under {@code /api/}, static assets, security headers, and the one
 * place where failures become HTTP statuses (HTML pages get an error page, the API a JSON body; neither ever
 * shows a stack trace).
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** Only our own assets; no inline script or style, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;

    /**
     * How many threads serve requests on a machine of {@code cores} cores: a few per core (Jetty's acceptor and
     * selector take two of them). Searches and pages are work for the processor, not waits; with a thread per
     * connection, 64 clients share two cores 64 ways and a heavy search takes 32 times its own time. With a few
     * threads the other requests queue in arrival order, wait their turn and then run nearly alone, so latency
     * stays near the queue's length whatever each request costs. {@code -Dsnegov.web.threads=N} overrides it.
     */
    static int requestThreads(int cores) {
        return Math.max(8, 4 * cores);
    }

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code registry} on {@code host}:{@code port}; port 0 picks a free one. */
    public static WebServer start(Registry registry, String host, int port) {
        Templates templates = new Templates();
        Pages pages = new Pages(registry, templates);
        Api api = new Api(registry);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            int threads = Integer.getInteger("snegov.web.threads", requestThreads(Runtime.getRuntime()
                    .availableProcessors()));
            QueuedThreadPool pool = new QueuedThreadPool(threads, threads);
            pool.setName("snegov-web");
            config.jetty.threadPool = pool;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/public";
                sf.location = Location.CLASSPATH;
            });
            config.routes.before(WebServer::securityHeaders);
            config.routes.get("/", pages::home);
            config.routes.get("/search", pages::search);
            config.routes.get("/persons/{id}", pages::person);
            config.routes.get("/sources/{id}", pages::source);
            config.routes.get("/stats", pages::statistics);
            config.routes.get("/lang/{code}", Language::switchTo);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/persons/{id}", api::person);
            config.routes.get("/api/openapi.json", api::openapi);
            config.routes.exception(RegistryException.class, (e, ctx) ->
                    fail(ctx, pages, HttpFailure.status(e.failure()), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Failed on {} {}", ctx.method(), ctx.path(), e);
                fail(ctx, pages, 500, "The registry failed to answer; the error is in the server's log.");
            });
            // Javalin answers unknown routes and methods in plain text; ours answer as every other error does.
            config.routes.error(404, ctx -> {
                if (!ourOwn(ctx)) {
                    fail(ctx, pages, 404, "There is no page at " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> {
                if (!ourOwn(ctx)) {
                    fail(ctx, pages, 405, "The registry is read-only: " + ctx.method() + " is not allowed on " + ctx.path());
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            // The usual cause is another program on the port; say so in one line rather than with a trace.
            app.stop();
            throw new RegistryException(org.snegov.app.service.Failure.ENVIRONMENT, "Cannot listen on " + host + ":"
                    + port + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                    .findFirst().orElse("")) + "); is another program using the port? Try --port N.", e);
        }
        return new WebServer(app);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    /** Whether the response is one of ours (an HTML page or a JSON body), not Javalin's plain-text default. */
    private static boolean ourOwn(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && (type.startsWith("text/html") || type.startsWith("application/json"));
    }

    private static void fail(Context ctx, Pages pages, int status, String message) {
        if (ctx.path().startsWith("/api/")) {
            Api.error(ctx, status, message);
        } else {
            pages.error(ctx, status, message);
        }
    }

    /** The port actually listened on. */
    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
