package org.snegov.store;

/**
 * How far a streamed import of one source has come.
 *
 * @param sourceId   the source
 * @param reader     the reader it is read with
 * @param mapping    the column mapping, canonical form
 * @param done       every row is stored
 * @param nextRow    rows {@code [0, nextRow)} are stored
 * @param records    records stored so far
 * @param issues     issues stored so far
 * @param indexedRow rows {@code [0, indexedRow)} are in the search index for certain
 */
public record ImportProgress(String sourceId, String reader, String mapping, boolean done, int nextRow, long records,
                             long issues, int indexedRow) {
}
