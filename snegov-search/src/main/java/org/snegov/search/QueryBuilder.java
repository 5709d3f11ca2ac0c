package org.snegov.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.snegov.names.NameKeys;
import org.snegov.names.SurnameForms;
import org.snegov.places.PlaceMatch;

/**
 * Turns a {@link PersonQuery} into a Lucene query. Each word must match; how it matches decides the score, best
 * evidence highest: the exact spelling (10), the same canonical key (8), a reading under some transliteration
 * system (7), a given-name variant (6), an initial (5), the other gender's surname form (4), a place (3), a
 * Beider–Morse code (2). Scores are constants, so the ranking says which evidence matched, not term statistics.
 * A word scores by its strongest evidence alone (a max-of without tie-break): the best possible score of every
 * clause is then known, so once a page is full of hits no later document can beat, Lucene skips the rest of a
 * common surname's matches instead of scoring them all (decision record 0060).
 */
final class QueryBuilder {

    static final float EXACT = 10f;
    static final float KEY = 8f;
    static final float READING = 7f;
    static final float GROUP = 6f;
    static final float INITIAL = 5f;
    static final float SURNAME_FORM = 4f;
    static final float PLACE = 3f;
    static final float PHONETIC = 2f;

    /** How many words' clauses are kept; past this the cache starts again, so memory stays bounded. */
    static final int CACHED_WORDS = 20_000;

    /**
     * The clause of each word seen lately. Building one reads every transliteration and phonetic code of the word
     * and resolves it as a place; surnames repeat (a few thousand make most searches), and queries are immutable,
     * so a clause is built once and shared.
     */
    private final Map<String, Query> clauses = new ConcurrentHashMap<>();

    QueryBuilder() {
    }

    Query build(PersonQuery q) {
        if (q.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean scoring = false;
        for (String word : q.words()) {
            Query clause = wordClause(word, true);
            if (clause != null) {
                all.add(clause, Occur.MUST);
                scoring = true;
            }
        }
        for (String word : q.nameWords()) {
            Query clause = wordClause(word, false);
            all.add(clause == null ? new MatchNoDocsQuery() : clause, Occur.MUST);
            scoring = true;
        }
        if (q.bornFrom() != null) {
            // Points when the range is the most selective clause, doc values when a name leads the conjunction.
            all.add(new IndexOrDocValuesQuery(IntPoint.newRangeQuery(IndexFields.BIRTH_YEAR, q.bornFrom(), q.bornTo()),
                    NumericDocValuesField.newSlowRangeQuery(IndexFields.BIRTH_YEAR, q.bornFrom(), q.bornTo())),
                    Occur.FILTER);
        }
        for (String place : q.places()) {
            all.add(placeFilter(place, q.bornFrom()), Occur.FILTER);
        }
        for (String event : q.events()) {
            all.add(eventFilter(event), Occur.FILTER);
        }
        for (String source : q.sources()) {
            all.add(new PrefixQuery(new Term(IndexFields.SOURCE, source)), Occur.FILTER);
        }
        for (int year : q.years()) {
            all.add(new BooleanQuery.Builder()
                    .add(IntPoint.newExactQuery(IndexFields.BIRTH_YEAR, year), Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.EVENT, "@" + year)), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        if (!scoring) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return all.build();
    }

    /** The ways one word can match, as one max-of clause; null for a word without letters or digits. */
    Query wordClause(String word, boolean orPlace) {
        String key = (orPlace ? "+" : "-") + word;
        Query cached = clauses.get(key);
        if (cached != null) {
            return cached == NOTHING ? null : cached;
        }
        Query built = buildWordClause(word, orPlace);
        if (clauses.size() >= CACHED_WORDS) {
            clauses.clear();
        }
        clauses.put(key, built == null ? NOTHING : built);
        return built;
    }

    /** Stands in the cache for a word that makes no clause. */
    private static final Query NOTHING = new MatchNoDocsQuery("no letters or digits");

    private Query buildWordClause(String word, boolean orPlace) {
        List<Query> ways = new ArrayList<>();
        List<String> parts = NameKeys.words(word);
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() > 1) {
            // A quoted phrase: every word a name, or the whole a place.
            BooleanQuery.Builder each = new BooleanQuery.Builder();
            for (String part : parts) {
                each.add(wordClause(part, false), Occur.MUST);
            }
            ways.add(each.build());
        } else {
            String w = parts.get(0);
            boolean initial = w.codePointCount(0, w.length()) == 1;
            String fold = NameTokens.fold(w);
            if (!fold.isEmpty()) {
                ways.add(constant(new TermQuery(new Term(IndexFields.NAME, fold)), EXACT));
            }
            if (initial) {
                String letter = NameTokens.initial(w);
                if (letter != null) {
                    ways.add(constant(any(IndexFields.INITIAL, Set.of("g:" + letter, "p:" + letter)), INITIAL));
                }
            } else {
                Set<String> readings = NameKeys.readings(w);
                String own = NameKeys.canonical(w);
                ways.add(constant(new TermQuery(new Term(IndexFields.NAME_KEY, own)), KEY));
                Set<String> others = new LinkedHashSet<>(readings);
                others.remove(own);
                if (!others.isEmpty()) {
                    ways.add(constant(any(IndexFields.NAME_KEY, others), READING));
                }
                Set<String> groups = NameTokens.groupsOf(w);
                if (!groups.isEmpty()) {
                    ways.add(constant(any(IndexFields.GIVEN_GROUP, groups), GROUP));
                }
                String neutral = SurnameForms.neutralKey(w);
                if (!neutral.isEmpty()) {
                    ways.add(constant(new TermQuery(new Term(IndexFields.SURNAME_NEUTRAL, neutral)), SURNAME_FORM));
                }
                Set<String> codes = NameTokens.word(w).phonetic();
                if (!codes.isEmpty()) {
                    ways.add(constant(any(IndexFields.NAME_PHONETIC, codes), PHONETIC));
                }
            }
        }
        if (orPlace) {
            ways.add(constant(placeFilter(word, null), PLACE));
        }
        // No tie-break: with one, Lucene cannot bound a clause's score and must score every match.
        return new DisjunctionMaxQuery(ways, 0f);
    }

    Query placeFilter(String place, Integer year) {
        PlaceMatch m = Places.resolve(place, year);
        if (m != null) {
            return new TermQuery(new Term(IndexFields.PLACE_KEY, m.key()));
        }
        Set<String> terms = NameTokens.folds(place);
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(IndexFields.PLACE, t)), Occur.MUST);
        }
        return b.build();
    }

    private static Query eventFilter(String event) {
        if (event.contains("@")) {
            return new TermQuery(new Term(IndexFields.EVENT, event));
        }
        return new TermQuery(new Term(IndexFields.EVENT_TYPE, event));
    }

    private static Query any(String field, Set<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
            b.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query constant(Query q, float boost) {
        return new BoostQuery(new ConstantScoreQuery(q), boost);
    }
}
