package org.snegov.search;

/** The field names of a person document, shared by the indexer and the searcher. */
final class IndexFields {

    static final String ID = "id";
    static final String NAME = "name";
    static final String DISPLAY_NAME = "display_name";
    static final String NATIVE_NAME = "native_name";
    static final String BIRTH_YEAR = "birth_year";
    static final String BIRTH_PLACE = "birth_place";
    static final String PLACE = "place";
    static final String EVENT_TYPE = "event_type";
    static final String ALL = "all";

    private IndexFields() {
    }
}
