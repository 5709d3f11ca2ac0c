package org.snegov.app.service;

/** A service call failed for a reason a person can read and act on; the message is one line. */
public final class RegistryException extends RuntimeException {

    private final Failure failure;

    public RegistryException(Failure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public RegistryException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }

    public static RegistryException notFound(String message) {
        return new RegistryException(Failure.NOT_FOUND, message);
    }

    public static RegistryException badData(String message) {
        return new RegistryException(Failure.BAD_DATA, message);
    }

    public static RegistryException badArgument(String message) {
        return new RegistryException(Failure.BAD_ARGUMENT, message);
    }
}
