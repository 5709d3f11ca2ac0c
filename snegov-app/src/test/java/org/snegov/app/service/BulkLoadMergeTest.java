package org.snegov.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulkLoadMergeTest {

    @ParameterizedTest(name = "{0} rows into an index of {1}: merge {2}")
    @CsvSource({
            "1000000, 1000000, true",   // a first bulk load
            "100000,  400000,  true",   // a quarter of the index
            "100000,  400001,  false",  // a little less than a quarter
            "99999,   99999,   false",  // too few rows to be worth a merge, even into an empty registry
            "500,     1000500, false",  // a small list added to a large registry
            "0,       0,       false"})
    void anImportMergesTheIndexOnlyWhenItLoadedALargeShareOfIt(long rows, int indexSize, boolean merge) {
        assertThat(TableImportService.isBulkLoad(rows, indexSize)).isEqualTo(merge);
    }
}
