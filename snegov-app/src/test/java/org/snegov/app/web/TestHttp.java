package org.snegov.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Requests to a web server started on a free loopback port, for the in-process HTTP tests. */
final class TestHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private TestHttp() {
    }

    /** The address of {@code path} on {@code server}. */
    static URI uri(WebServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** A plain GET of {@code path}, the body read as UTF-8. */
    static HttpResponse<String> get(WebServer server, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(server, path)).build());
    }

    /** Sends {@code request}, the body read as UTF-8. */
    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
