/**
 * Readers: one per source format, each turning a {@link org.snegov.model.Source} into records and issues.
 * Sub-packages hold one format each. A reader never throws on bad data: it reports an
 * {@link org.snegov.model.Issue} and goes on.
 */
package org.snegov.read;
