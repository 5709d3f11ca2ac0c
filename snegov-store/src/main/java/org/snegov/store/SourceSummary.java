package org.snegov.store;

import java.time.Instant;

/**
 * A stored source without its bytes, for listings.
 *
 * @param id         the SHA-256
 * @param name       the file name it was imported under
 * @param mediaType  its media type
 * @param byteSize   the size of the verbatim content
 * @param importedAt when it was stored
 * @param records    how many records were read from it
 * @param issues     how many problems were found in it
 */
public record SourceSummary(String id, String name, String mediaType, long byteSize, Instant importedAt,
                            int records, int issues) {
}
