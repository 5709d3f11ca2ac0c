package org.snegov.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Finds persons by free text: every word of the query must match a name, a place or a birth year, and name
 * matches rank highest. Thread-safe; sees what an indexer has committed, refreshing before each search.
 */
public final class PersonSearcher implements AutoCloseable {

    /** Queries longer than this are refused by callers; the searcher itself cuts them here. */
    public static final int MAX_QUERY_LENGTH = 500;

    private final SearcherManager manager;
    private final Analyzer analyzer = new NameAnalyzer();

    private PersonSearcher(SearcherManager manager) {
        this.manager = manager;
    }

    /** Opens the index in {@code dir}, creating an empty one if absent. */
    public static PersonSearcher open(Path dir) {
        try {
            if (!DirectoryReader.indexExists(FSDirectory.open(dir))) {
                PersonIndexer.open(dir).close();
            }
            return new PersonSearcher(new SearcherManager(FSDirectory.open(dir), null));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in " + dir, e);
        }
    }

    /**
     * The persons matching {@code text}, best first.
     *
     * @param text   free text; blank lists everyone
     * @param offset how many hits to skip, {@code >= 0}
     * @param limit  how many to return, {@code >= 1}
     */
    public SearchResult search(String text, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, were " + offset + ", " + limit);
        }
        Query query = parse(text == null ? "" : text);
        try {
            manager.maybeRefresh();
            IndexSearcher searcher = manager.acquire();
            try {
                TopDocs top = searcher.search(query, offset + limit);
                List<SearchHit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < docs.length; i++) {
                    hits.add(toHit(searcher.storedFields().document(docs[i].doc), docs[i].score));
                }
                return new SearchResult(top.totalHits.value(), hits);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the index", e);
        }
    }

    /** How many persons the index holds, as of the last commit. */
    public long size() {
        try {
            manager.maybeRefresh();
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

    private Query parse(String text) {
        String cut = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        List<String> terms = analyze(cut);
        if (terms.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(IndexFields.NAME, term)), 4f), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexFields.ALL, term)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private List<String> analyze(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not analyse the query", e);
        }
        return terms;
    }

    private static SearchHit toHit(Document doc, float score) {
        IndexableField year = doc.getField(IndexFields.BIRTH_YEAR);
        return new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.DISPLAY_NAME),
                doc.get(IndexFields.NATIVE_NAME), year == null ? null : year.numericValue().intValue(),
                doc.get(IndexFields.BIRTH_PLACE), score);
    }

    @Override
    public void close() {
        try {
            manager.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the search index", e);
        }
    }
}
