package org.snegov.search;

/** The field names of a person document, shared by the indexer and the searcher. */
final class IndexFields {

    static final String ID = "id";
    /** Every word of every name as spelled, folded to lower-case ASCII ({@code NameKeys.fold}). */
    static final String NAME = "name";
    static final String DISPLAY_NAME = "display_name";
    static final String NATIVE_NAME = "native_name";
    /** Every name form, stored, for match reasons and highlighting. */
    static final String NAMES_STORED = "names";
    /** The canonical key of each name word ({@code NameKeys.canonical}). */
    static final String NAME_KEY = "name_key";
    /** The gender-neutral key of each surname ({@code SurnameForms.neutralKey}). */
    static final String SURNAME_NEUTRAL = "surname_neutral";
    /** The given-name group ids of each given name. */
    static final String GIVEN_GROUP = "given_group";
    /** The first letter class of each given name and patronymic: {@code g:a}, {@code p:v}. */
    static final String INITIAL = "initial";
    /** Beider–Morse codes of each name word. */
    static final String NAME_PHONETIC = "name_bm";
    static final String BIRTH_YEAR = "birth_year";
    static final String BIRTH_PLACE = "birth_place";
    /** Every word of every place as written, folded like names. */
    static final String PLACE = "place";
    /** Every place as written, stored, for match reasons. */
    static final String PLACES_STORED = "places";
    /** The gazetteer key ({@code gn} + GeoNames id) of every place that resolves. */
    static final String PLACE_KEY = "place_key";
    static final String EVENT_TYPE = "event_type";
    /** {@code type@year} of each dated event, and {@code @year}. */
    static final String EVENT = "event";
    static final String SOURCE = "source";
    static final String ALL = "all";

    /** Facet dimensions. */
    static final String FACET_EVENT = "event";
    static final String FACET_DECADE = "birth_decade";
    static final String FACET_PLACE = "place";
    static final String FACET_SOURCE = "source";

    private IndexFields() {
    }
}
