package org.snegov.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Finds persons under any spelling: parses the query ({@link PersonQuery} documents the syntax), ranks by the
 * strongest evidence each word has (exact spelling, transliteration, variant, phonetic; see {@link QueryBuilder}),
 * explains each hit and counts facets. Thread-safe; sees what an indexer has committed, refreshing before each
 * search.
 */
public final class PersonSearcher implements AutoCloseable {

    /** Queries longer than this are refused by callers; the searcher itself cuts them here. */
    public static final int MAX_QUERY_LENGTH = 500;
    /**
     * Up to how many matches a search without facets counts exactly. Past this, the total is a lower bound and
     * Lucene may skip the matches that cannot reach the page (a common surname has tens of thousands).
     */
    public static final int COUNT_UP_TO = 1000;
    /** How many values of each facet dimension a result carries. */
    public static final int FACET_VALUES = 10;
    private static final String[] DIMENSIONS = {IndexFields.FACET_EVENT, IndexFields.FACET_DECADE,
            IndexFields.FACET_PLACE, IndexFields.FACET_SOURCE};
    /** The stored fields a hit is made of; the others are not decoded. */
    private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.DISPLAY_NAME,
            IndexFields.NATIVE_NAME, IndexFields.BIRTH_YEAR, IndexFields.BIRTH_PLACE, IndexFields.NAMES_STORED,
            IndexFields.PLACES_STORED);

    private final Directory directory;
    private final SearcherManager manager;
    private final QueryBuilder builder = new QueryBuilder();
    private volatile FacetState facetState;
    /** The generation of the last commit the manager has been refreshed to. */
    private volatile long refreshedTo = -1;

    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
    }

    private PersonSearcher(Directory directory, SearcherManager manager) {
        this.directory = directory;
        this.manager = manager;
    }

    /** Opens the index in {@code dir}, creating an empty one if absent. */
    public static PersonSearcher open(Path dir) {
        try {
            if (!DirectoryReader.indexExists(FSDirectory.open(dir))) {
                PersonIndexer.open(dir).close();
            }
            Directory directory = FSDirectory.open(dir);
            return new PersonSearcher(directory, new SearcherManager(directory, null));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in " + dir, e);
        }
    }

    /**
     * The persons matching {@code text}, best first, with reasons and facets.
     *
     * @param text   a query in the syntax of {@link PersonQuery}; blank lists everyone
     * @param offset how many hits to skip, {@code >= 0}
     * @param limit  how many to return, {@code >= 1}
     */
    public SearchResult search(String text, int offset, int limit) {
        return search(text, offset, limit, true);
    }

    /**
     * As {@link #search(String, int, int)}, counting facets only when {@code facets} is set. Facets need every
     * match, so with them the total is exact; without them it is counted up to {@link #COUNT_UP_TO} and the
     * result says whether it is a lower bound.
     */
    public SearchResult search(String text, int offset, int limit, boolean facets) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, were " + offset + ", " + limit);
        }
        String cut = text == null ? "" : text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        PersonQuery parsed = PersonQuery.parse(cut);
        Query query = builder.build(parsed);
        try {
            refreshIfCommitted();
            IndexSearcher searcher = manager.acquire();
            try {
                TopDocs top;
                Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>();
                if (facets && searcher.getIndexReader().numDocs() > 0) {
                    FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, query,
                            offset + limit, new FacetsCollectorManager());
                    top = r.topDocs();
                    counts = facets(searcher.getIndexReader(), r);
                } else {
                    top = searcher.search(query, new TopScoreDocCollectorManager(offset + limit, COUNT_UP_TO));
                }
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                StoredFields stored = searcher.storedFields();
                for (int i = offset; i < docs.length; i++) {
                    DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(HIT_FIELDS);
                    stored.document(docs[i].doc, visitor);
                    hits.add(toHit(parsed, visitor.getDocument(), docs[i].score));
                }
                return new SearchResult(top.totalHits.value(), hits, counts,
                        top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the index", e);
        }
    }

    /**
     * Refreshes the searcher when an indexer has committed since the last refresh. Listing the directory tells
     * whether it has; reopening the reader to find out, as {@code maybeRefresh} alone does, reads every segment's
     * description on every search.
     */
    private void refreshIfCommitted() throws IOException {
        long latest = SegmentInfos.getLastCommitGeneration(directory.listAll());
        if (latest != refreshedTo) {
            // Blocking: a refresh another thread started may have begun before this commit.
            manager.maybeRefreshBlocking();
            refreshedTo = latest;
        }
    }

    /** How many persons the index holds, as of the last commit. */
    public long size() {
        try {
            refreshIfCommitted();
            IndexSearcher searcher = manager.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the search index", e);
        }
    }

    private Map<String, List<SearchResult.FacetCount>> facets(IndexReader reader,
                                                              FacetsCollectorManager.FacetsResult r)
            throws IOException {
        FacetState s = facetState;
        if (s == null || s.reader() != reader) {
            try {
                s = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader,
                        PersonIndexer.Facets.CONFIG));
            } catch (IllegalArgumentException noFacetsYet) {
                return Map.of();
            }
            facetState = s;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(s.state(), r.facetsCollector());
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        s.state().getDims().forEach(known::add);
        for (String dim : DIMENSIONS) {
            if (!known.contains(dim)) {
                continue;
            }
            FacetResult fr = counts.getTopChildren(FACET_VALUES, dim);
            if (fr != null) {
                out.put(dim, Arrays.stream(fr.labelValues)
                        .map((LabelAndValue lv) -> new SearchResult.FacetCount(lv.label, lv.value.longValue()))
                        .toList());
            }
        }
        return out;
    }

    private static SearchHit toHit(PersonQuery query, Document doc, float score) {
        IndexableField year = doc.getField(IndexFields.BIRTH_YEAR);
        List<String> names = Arrays.asList(doc.getValues(IndexFields.NAMES_STORED));
        List<String> places = Arrays.asList(doc.getValues(IndexFields.PLACES_STORED));
        MatchExplainer.Explanation why = MatchExplainer.explain(query, names, places);
        return new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.DISPLAY_NAME),
                doc.get(IndexFields.NATIVE_NAME), year == null ? null : year.numericValue().intValue(),
                doc.get(IndexFields.BIRTH_PLACE), score, why.reasons(), why.matchedWords());
    }

    @Override
    public void close() {
        try {
            manager.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the search index", e);
        }
    }
}
