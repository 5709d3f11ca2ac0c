package org.snegov.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.search.bench.PersonGenerator;

/**
 * What the indexer writes for a person: the fields of generated persons equal a committed golden file, and the
 * facet values it writes itself are exactly what Lucene's {@code FacetsConfig} would write. After an intended change
 * to the index fields, regenerate the golden file with
 * {@code ./mvnw verify -pl snegov-search -am -Dsnegov.golden.update=true} and review the diff like code.
 */
class PersonIndexerTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/index-fields.txt");

    /**
     * One line per field of the document, sorted: name, what Lucene does with it (indexed, stored, doc values or
     * point) and its value (points in hex; the facet delimiter U+001F escaped).
     */
    static String dump(Document doc) {
        List<String> lines = new ArrayList<>();
        for (IndexableField f : doc.getFields()) {
            IndexableFieldType t = f.fieldType();
            String kind = (t.indexOptions() != IndexOptions.NONE ? "indexed " : "")
                    + (t.stored() ? "stored " : "") + (t.docValuesType() != DocValuesType.NONE
                    ? t.docValuesType().name().toLowerCase(Locale.ROOT) + " " : "")
                    + (t.pointDimensionCount() > 0 ? "point " : "");
            String value;
            if (t.pointDimensionCount() > 0) {
                value = f.binaryValue().toString();
            } else if (f.stringValue() != null) {
                value = f.stringValue();
            } else if (f.binaryValue() != null) {
                value = f.binaryValue().utf8ToString();
            } else {
                value = String.valueOf(f.numericValue());
            }
            lines.add(f.name() + "\t" + kind.strip() + "\t" + value.replace("\u001f", "\\u001f"));
        }
        Collections.sort(lines);
        return String.join("\n", lines);
    }

    @Test
    void generatedPersonsGetTheFieldsOfTheGoldenFile() throws IOException {
        PersonGenerator generator = new PersonGenerator(5);
        StringBuilder actual = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            PersonDocument person = generator.next().document();
            actual.append("# ").append(person.personId()).append('\n')
                    .append(dump(PersonIndexer.toDocument(person))).append('\n');
        }
        if (Boolean.getBoolean("snegov.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    /** The facet doc values {@code FacetsConfig.build} writes for one value of one dimension. */
    private static List<BytesRef> viaFacetsConfig(String dim, String value) throws IOException {
        Document doc = new Document();
        doc.add(new SortedSetDocValuesFacetField(dim, value));
        return facetValues(PersonIndexer.Facets.CONFIG.build(doc));
    }

    private static List<BytesRef> facetValues(Document doc) {
        List<BytesRef> out = new ArrayList<>();
        for (IndexableField f : doc.getFields()) {
            if (f.name().equals("$facets")) {
                out.add(BytesRef.deepCopyOf(f.binaryValue()));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            event        | arrest
            birth_decade | 1890s
            place        | Kyiv
            place        | Нижний Новгород
            place        | Saint Petersburg / Petrograd
            source       | 5f6612
            """)
    void facetValuesAreWhatFacetsConfigWrites(String dim, String value) throws IOException {
        assertThat(List.of(PersonIndexer.facetField(dim, value).binaryValue())).isEqualTo(viaFacetsConfig(dim, value));
    }

    @Test
    void randomFacetValuesAreWhatFacetsConfigWritesOrBothRefuse() throws IOException {
        Random random = new Random(5);
        String[] dims = {IndexFields.FACET_EVENT, IndexFields.FACET_DECADE, IndexFields.FACET_PLACE,
                IndexFields.FACET_SOURCE};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                // ASCII, Cyrillic, the facet delimiter (U+001F) and separators now and then.
                int kind = random.nextInt(10);
                value.append(kind < 5 ? (char) (' ' + random.nextInt(95)) : kind < 9
                        ? (char) (0x410 + random.nextInt(64)) : kind == 9 && random.nextBoolean() ? '\u001f' : '/');
            }
            String dim = dims[random.nextInt(dims.length)];
            List<BytesRef> expected;
            try {
                expected = viaFacetsConfig(dim, value.toString());
            } catch (IllegalArgumentException refused) {
                assertThatThrownBy(() -> PersonIndexer.facetField(dim, value.toString()))
                        .isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            assertThat(List.of(PersonIndexer.facetField(dim, value.toString()).binaryValue()))
                    .as("%s = %s", dim, value).isEqualTo(expected);
        }
    }

    @Test
    void generatedPersonsGetTheFacetValuesFacetsConfigWouldGiveThem() throws IOException {
        PersonGenerator generator = new PersonGenerator(3);
        for (int i = 0; i < 500; i++) {
            Document doc = PersonIndexer.toDocument(generator.next().document());
            List<BytesRef> direct = facetValues(doc);
            assertThat(direct).isNotEmpty();
            Document viaConfig = new Document();
            for (BytesRef v : direct) {
                String[] dimAndValue = v.utf8ToString().split("\u001f", 2);
                viaConfig.add(new SortedSetDocValuesFacetField(dimAndValue[0], dimAndValue[1]));
            }
            assertThat(direct).containsExactlyInAnyOrderElementsOf(
                    facetValues(PersonIndexer.Facets.CONFIG.build(viaConfig)));
        }
    }
}
