package org.snegov.store;

/** The database failed; the message says what the store was doing. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
