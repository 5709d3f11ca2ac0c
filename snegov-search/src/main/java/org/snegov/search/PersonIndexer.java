package org.snegov.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes person documents into the index directory. Holds the index's write lock until closed, so one
 * indexer at a time; searchers may read meanwhile and see the changes after {@link #commit()}.
 */
public final class PersonIndexer implements AutoCloseable {

    private final IndexWriter writer;

    private PersonIndexer(IndexWriter writer) {
        this.writer = writer;
    }

    /** Opens the index in {@code dir}, creating it if absent. */
    public static PersonIndexer open(Path dir) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(new NameAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new PersonIndexer(new IndexWriter(FSDirectory.open(dir), config));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in " + dir + " for writing", e);
        }
    }

    /** Adds the person, replacing any earlier document of the same id. */
    public void index(PersonDocument person) {
        try {
            writer.updateDocument(new Term(IndexFields.ID, person.personId()), toDocument(person));
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

    private static Document toDocument(PersonDocument p) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, p.personId(), Field.Store.YES));
        doc.add(new StoredField(IndexFields.DISPLAY_NAME, p.name()));
        if (p.nativeName() != null) {
            doc.add(new StoredField(IndexFields.NATIVE_NAME, p.nativeName()));
        }
        for (String name : p.names()) {
            doc.add(new TextField(IndexFields.NAME, name, Field.Store.NO));
            doc.add(new TextField(IndexFields.ALL, name, Field.Store.NO));
        }
        if (p.birthYear() != null) {
            doc.add(new IntPoint(IndexFields.BIRTH_YEAR, p.birthYear()));
            doc.add(new StoredField(IndexFields.BIRTH_YEAR, p.birthYear()));
            doc.add(new TextField(IndexFields.ALL, Integer.toString(p.birthYear()), Field.Store.NO));
        }
        if (p.birthPlace() != null) {
            doc.add(new StoredField(IndexFields.BIRTH_PLACE, p.birthPlace()));
        }
        for (String place : p.places()) {
            doc.add(new TextField(IndexFields.PLACE, place, Field.Store.NO));
            doc.add(new TextField(IndexFields.ALL, place, Field.Store.NO));
        }
        for (String type : p.eventTypes()) {
            doc.add(new StringField(IndexFields.EVENT_TYPE, type, Field.Store.NO));
        }
        return doc;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the search index", e);
        }
    }
}
