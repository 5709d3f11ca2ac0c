/**
 * The registry's services: importing sources, searching, showing persons and sources. The CLI and the web
 * call these and nothing below them. Failures a user can cause are {@link org.snegov.app.service.RegistryException}s
 * with a {@link org.snegov.app.service.Failure} kind that each edge maps to its exit code or HTTP status.
 */
package org.snegov.app.service;
