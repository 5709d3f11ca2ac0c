package org.snegov.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading a file a user names, with the failures said the same way by every service. */
final class SourceFile {

    private SourceFile() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for a missing file, {@link Failure#BAD_ARGUMENT} for a
     *                           directory or device, {@link Failure#ENVIRONMENT} when it cannot be read
     */
    static byte[] bytes(Path file) {
        if (!Files.exists(file)) {
            throw RegistryException.notFound("No such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw RegistryException.badArgument("Not a regular file: " + file);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
