package org.snegov.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.search.bench.PersonGenerator;

/** The indexer writes facet values itself; they must be exactly what Lucene's {@code FacetsConfig} would write. */
class PersonIndexerTest {

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
