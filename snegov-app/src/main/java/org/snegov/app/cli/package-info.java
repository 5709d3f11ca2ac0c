/**
 * The command line ({@code snegov}): one picocli command per verb, each a thin call into the services.
 * Errors become exit codes in {@link org.snegov.app.cli.ExitCodes}, the one place that maps them.
 */
package org.snegov.app.cli;
