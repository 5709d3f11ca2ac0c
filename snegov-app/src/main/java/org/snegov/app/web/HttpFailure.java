package org.snegov.app.web;

import org.snegov.app.service.Failure;

/** The one mapping of failures to HTTP statuses. */
final class HttpFailure {

    private HttpFailure() {
    }

    static int status(Failure failure) {
        return switch (failure) {
            case BAD_DATA -> 422;
            case NOT_FOUND -> 404;
            case BAD_ARGUMENT -> 400;
            case ENVIRONMENT -> 500;
        };
    }
}
