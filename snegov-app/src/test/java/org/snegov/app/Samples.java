package org.snegov.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the bundled sample biography, whatever the working directory. */
public final class Samples {

    private Samples() {
    }

    /** The founding biography shipped in {@code samples/}. */
    public static Path founding() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("samples").resolve("alexei-snegov.txt");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("samples/alexei-snegov.txt not found above " + Path.of("").toAbsolutePath());
    }
}
