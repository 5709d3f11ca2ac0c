package org.snegov.app.service;

/** Why a service call failed, in the terms each edge maps to an exit code or an HTTP status. */
public enum Failure {
    /** The input is not what it should be (not a biography, unreadable). CLI 65, HTTP 422. */
    BAD_DATA,
    /** A file, person or source that does not exist. CLI 66, HTTP 404. */
    NOT_FOUND,
    /** A wrong argument or setting. CLI 78 (64 for command-line usage), HTTP 400. */
    BAD_ARGUMENT,
    /** The machine failed: disk, database. CLI 1, HTTP 500. */
    ENVIRONMENT
}
