package org.snegov.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.snegov.places.PlaceMatch;

/**
 * Writes person documents into the index directory. Holds the index's write lock until closed, so one
 * indexer at a time; searchers may read meanwhile and see the changes after {@link #commit()}. {@link #index}
 * may be called from several threads at once.
 */
public final class PersonIndexer implements AutoCloseable {

    private static final Map<String, BytesRef> FACET_VALUES = new ConcurrentHashMap<>();

    private final IndexWriter writer;

    private PersonIndexer(IndexWriter writer) {
        this.writer = writer;
    }

    /** Opens the index in {@code dir}, creating it if absent. */
    public static PersonIndexer open(Path dir) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(new NameAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(256)
                    // Flushed segments stay as separate files: packing them into one compound file copies them all.
                    .setUseCompoundFile(false);
            return new PersonIndexer(new IndexWriter(FSDirectory.open(dir), config));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in " + dir + " for writing", e);
        }
    }

    /** Adds the person, replacing any earlier document of the same id. */
    public void index(PersonDocument person) {
        try {
            writer.updateDocument(new Term(IndexFields.ID, person.personId()),
                    toDocument(person));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index person " + person.personId(), e);
        }
    }

    /** Adds a person known to be absent from the index (a fresh build): no delete-by-id to buffer and apply. */
    public void add(PersonDocument person) {
        try {
            writer.addDocument(toDocument(person));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index person " + person.personId(), e);
        }
    }

    /** Removes every document, for a rebuild. */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the search index", e);
        }
    }

    /** Makes everything indexed so far durable and visible to searchers. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not commit the search index", e);
        }
    }

    /**
     * Writes the largest in-memory buffer of added documents to a segment in the calling thread, and returns false
     * when there was none. Indexing workers that have finished call this, so that their buffers are written in
     * parallel rather than one after another by the final {@link #commit()}.
     */
    public boolean flushBuffer() {
        try {
            return writer.flushNextBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the search index", e);
        }
    }

    /** How many live documents the index holds, committed or not. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /**
     * Merges the index down to one segment: slower to write, faster to search (each search then looks every term
     * up once instead of once per segment; with a million persons searches cost about half). For bulk loads.
     */
    public void optimize() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not merge the search index", e);
        }
    }

    static Document toDocument(PersonDocument p) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, p.personId(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.DISPLAY_NAME, p.name()));
        if (p.nativeName() != null) {
            doc.add(new StoredField(IndexFields.NATIVE_NAME, p.nativeName()));
        }
        for (String name : p.names()) {
            doc.add(new StoredField(IndexFields.NAMES_STORED, name));
        }
        NameTokens tokens = NameTokens.of(p.names(), p.parts());
        // Words are analysed here, once per distinct word (cached), not by a Lucene analyzer per document.
        addTerms(doc, IndexFields.NAME, tokens.folds);
        addTerms(doc, IndexFields.NAME_KEY, tokens.keys);
        addTerms(doc, IndexFields.NAME_PHONETIC, tokens.phonetic);
        addTerms(doc, IndexFields.SURNAME_NEUTRAL, tokens.surnames);
        addTerms(doc, IndexFields.GIVEN_GROUP, tokens.groups);
        addTerms(doc, IndexFields.INITIAL, tokens.initials);
        if (p.birthYear() != null) {
            doc.add(new IntPoint(IndexFields.BIRTH_YEAR, p.birthYear()));
            doc.add(new NumericDocValuesField(IndexFields.BIRTH_YEAR, p.birthYear()));
            doc.add(new StoredField(IndexFields.BIRTH_YEAR, p.birthYear()));
            addFacet(doc, IndexFields.FACET_DECADE, (p.birthYear() / 10 * 10) + "s");
        }
        if (p.birthPlace() != null) {
            doc.add(new StoredField(IndexFields.BIRTH_PLACE, p.birthPlace()));
        }
        Set<String> placeKeys = new LinkedHashSet<>();
        Set<String> placeNames = new LinkedHashSet<>();
        Set<String> placeWords = new LinkedHashSet<>();
        for (String place : p.places()) {
            placeWords.addAll(NameTokens.folds(place));
            doc.add(new StoredField(IndexFields.PLACES_STORED, place));
            PlaceMatch m = Places.resolve(place, p.birthYear());
            if (m != null) {
                placeKeys.add(m.key());
                placeNames.add(m.modernName());
            }
        }
        addKeywords(doc, IndexFields.PLACE, placeWords);
        addKeywords(doc, IndexFields.PLACE_KEY, placeKeys);
        for (String name : placeNames) {
            addFacet(doc, IndexFields.FACET_PLACE, name);
        }
        Set<String> years = new LinkedHashSet<>();
        for (String type : p.eventTypes()) {
            doc.add(new StringField(IndexFields.EVENT_TYPE, type, Field.Store.NO));
            addFacet(doc, IndexFields.FACET_EVENT, type);
        }
        for (String event : p.events()) {
            doc.add(new StringField(IndexFields.EVENT, event, Field.Store.NO));
            int at = event.indexOf('@');
            if (at >= 0 && event.indexOf('-', at) < 0 && years.add(event.substring(at + 1))) {
                // "@1937": some event in that year, for year filters ("1937" finds born or any event in 1937).
                doc.add(new StringField(IndexFields.EVENT, event.substring(at), Field.Store.NO));
            }
        }
        for (String source : p.sources()) {
            doc.add(new StringField(IndexFields.SOURCE, source, Field.Store.YES));
            addFacet(doc, IndexFields.FACET_SOURCE, source);
        }
        return doc;
    }

    /**
     * Adds a facet value as {@link FacetsConfig#build} writes a flat sorted-set facet: one doc value in the
     * shared facet field holding dimension and value, which {@code SortedSetDocValuesFacetCounts} counts. Written
     * here directly, since building through {@code FacetsConfig} copies the whole document (about 8 % of
     * the indexing time). {@code PersonIndexerTest} checks that both give the same values.
     */
    private static void addFacet(Document doc, String dim, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(facetField(dim, value));
        }
    }

    static SortedSetDocValuesField facetField(String dim, String value) {
        // Facet values repeat (a few event types, decades, sources and places), so their bytes are made once.
        BytesRef bytes = FACET_VALUES.get(dim + '\u001f' + value);
        if (bytes == null) {
            bytes = new BytesRef(FacetsConfig.pathToString(dim, new String[] {value}));
            if (FACET_VALUES.size() < 100_000) {
                FACET_VALUES.put(dim + '\u001f' + value, bytes);
            }
        }
        return new SortedSetDocValuesField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, bytes);
    }

    private static void addKeywords(Document doc, String field, Set<String> values) {
        for (String v : values) {
            doc.add(new StringField(field, v, Field.Store.NO));
        }
    }

    private static void addTerms(Document doc, String field, List<BytesRef> terms) {
        for (BytesRef t : terms) {
            doc.add(new StringField(field, t, Field.Store.NO));
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the search index", e);
        }
    }

    /** The facet configuration shared by indexer and searcher. */
    static final class Facets {
        static final FacetsConfig CONFIG = new FacetsConfig();

        static {
            CONFIG.setMultiValued(IndexFields.FACET_EVENT, true);
            CONFIG.setMultiValued(IndexFields.FACET_PLACE, true);
            CONFIG.setMultiValued(IndexFields.FACET_SOURCE, true);
            // Filters use Snegov's own fields; drill-down terms would only double them.
            for (String dim : new String[] {IndexFields.FACET_EVENT, IndexFields.FACET_DECADE,
                    IndexFields.FACET_PLACE, IndexFields.FACET_SOURCE}) {
                CONFIG.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
            }
        }

        private Facets() {
        }
    }
}
