package org.snegov.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.snegov.search.PersonDocument;
import org.snegov.search.PersonIndexer;
import org.snegov.search.PersonSearcher;
import org.snegov.search.SearchHit;

/**
 * Recall@10 and MRR of name queries in every spelling system, Snegov's index against a plain StandardAnalyzer
 * index of the same records. {@code persons} are indexed; {@code targets} of them are searched for under every
 * variant of {@link NameVariants}.
 */
public final class RecallBench {

    /** Figures of one system. */
    public record Row(String system, int queries, double recallAt10, double mrr, double baselineRecallAt10,
                      double baselineMrr, List<String> failures) {
    }

    private RecallBench() {
    }

    public static List<Row> run(Path dir, int persons, int targets, long seed) {
        PersonGenerator generator = new PersonGenerator(seed);
        List<PersonGenerator.Generated> all = new ArrayList<>();
        Path ours = dir.resolve("snegov");
        Path plain = dir.resolve("standard");
        try (PersonIndexer indexer = PersonIndexer.open(ours);
             IndexWriter baseline = new IndexWriter(FSDirectory.open(plain), new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < persons; i++) {
                PersonGenerator.Generated g = generator.next();
                all.add(g);
                indexer.index(g.document());
                baseline.addDocument(baselineDocument(g.document()));
            }
            indexer.commit();
            baseline.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(seed + 1);
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (String system : NameVariants.SYSTEMS) {
            sums.put(system, new double[5]);
            failures.put(system, new ArrayList<>());
        }
        StandardAnalyzer standard = new StandardAnalyzer();
        try (PersonSearcher searcher = PersonSearcher.open(ours);
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(plain))) {
            IndexSearcher plainSearcher = new IndexSearcher(reader);
            int step = Math.max(1, persons / targets);
            for (int t = 0; t < persons && t / step < targets; t += step) {
                PersonGenerator.Generated target = all.get(t);
                String id = target.document().personId();
                for (Map.Entry<String, String> v : NameVariants.of(target, random).entrySet()) {
                    double[] s = sums.get(v.getKey());
                    List<SearchHit> hits = searcher.search(v.getValue(), 0, 10, false).hits();
                    int rank = -1;
                    for (int i = 0; i < hits.size(); i++) {
                        if (hits.get(i).personId().equals(id)) {
                            rank = i + 1;
                            break;
                        }
                    }
                    int baseRank = baselineRank(plainSearcher, standard, v.getValue(), id);
                    s[0]++;
                    s[1] += rank > 0 ? 1 : 0;
                    s[2] += rank > 0 ? 1.0 / rank : 0;
                    s[3] += baseRank > 0 ? 1 : 0;
                    s[4] += baseRank > 0 ? 1.0 / baseRank : 0;
                    if (rank < 0 && failures.get(v.getKey()).size() < 5) {
                        failures.get(v.getKey()).add(v.getValue() + " (for " + target.document().nativeName() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sums.entrySet()) {
            double[] s = e.getValue();
            if (s[0] > 0) {
                rows.add(new Row(e.getKey(), (int) s[0], s[1] / s[0], s[2] / s[0], s[3] / s[0], s[4] / s[0],
                        failures.get(e.getKey())));
            }
        }
        return rows;
    }

    /** The overall row: every query of every system counted once. */
    public static Row total(List<Row> rows) {
        int n = rows.stream().mapToInt(Row::queries).sum();
        return new Row("all systems", n,
                rows.stream().mapToDouble(r -> r.recallAt10() * r.queries()).sum() / n,
                rows.stream().mapToDouble(r -> r.mrr() * r.queries()).sum() / n,
                rows.stream().mapToDouble(r -> r.baselineRecallAt10() * r.queries()).sum() / n,
                rows.stream().mapToDouble(r -> r.baselineMrr() * r.queries()).sum() / n, List.of());
    }

    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-32s %7s %9s %7s %14s %12s%n",
                "system", "queries", "recall@10", "MRR", "std recall@10", "std MRR"));
        List<Row> withTotal = new ArrayList<>(rows);
        withTotal.add(total(rows));
        for (Row r : withTotal) {
            out.append(String.format(Locale.ROOT, "%-32s %7d %9.3f %7.3f %14.3f %12.3f%n", r.system(), r.queries(),
                    r.recallAt10(), r.mrr(), r.baselineRecallAt10(), r.baselineMrr()));
        }
        return out.toString();
    }

    private static Document baselineDocument(PersonDocument p) {
        Document doc = new Document();
        doc.add(new StringField("id", p.personId(), Field.Store.YES));
        for (String name : p.names()) {
            doc.add(new TextField("text", name, Field.Store.NO));
        }
        for (String place : p.places()) {
            doc.add(new TextField("text", place, Field.Store.NO));
        }
        if (p.birthYear() != null) {
            doc.add(new TextField("text", p.birthYear().toString(), Field.Store.NO));
        }
        return doc;
    }

    private static int baselineRank(IndexSearcher searcher, Analyzer analyzer, String text, String id)
            throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                b.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
            }
            ts.end();
        }
        ScoreDoc[] docs = searcher.search(b.build(), 10).scoreDocs;
        for (int i = 0; i < docs.length; i++) {
            if (searcher.storedFields().document(docs[i].doc).get("id").equals(id)) {
                return i + 1;
            }
        }
        return -1;
    }
}
