package org.snegov.link;

/**
 * Knows which place names are the same place today, and which region a place lies in. The places module will
 * provide a gazetteer; linkage depends only on this interface. Implementations are thread-safe.
 */
public interface PlaceResolver {

    /**
     * The identity of {@code latin} (a canonical Latin place name) as a modern place and its region, or
     * {@link ResolvedPlace#UNKNOWN}.
     */
    ResolvedPlace resolve(String latin);

    /**
     * The identity of a place name given both as written ({@code raw}, any script, with administrative words) and
     * as its canonical Latin form; by default the Latin form alone decides.
     */
    default ResolvedPlace resolve(String raw, String latin) {
        return resolve(latin);
    }

    /** The modern place and the region of a place name; either may be empty (unknown), never null. */
    record ResolvedPlace(String modern, String region) {
        /** Nothing known. */
        public static final ResolvedPlace UNKNOWN = new ResolvedPlace("", "");

        public ResolvedPlace {
            modern = modern == null ? "" : modern;
            region = region == null ? "" : region;
        }
    }
}
