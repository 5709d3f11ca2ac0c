package org.snegov.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-linking with a focus: a new record may bridge two stored persons, but not two that contradict each other. */
class IncrementalBridgeTest {

    private static LinkRecord record(String id, String... values) {
        return new LinkRecord(id, "s-" + id, Arrays.asList(values));
    }

    private static int[] relink(List<LinkRecord> records) {
        // persons stored before: {0, 1} and {2, 3}; record 4 is new and alone in focus
        Decisions kept = new Decisions(List.of(), List.of(),
                List.of(new Decisions.Pair(records.get(0).id(), records.get(1).id()),
                        new Decisions.Pair(records.get(2).id(), records.get(3).id())));
        boolean[] focus = {false, false, false, false, true};
        LinkResult r = Linker.of(LinkSettings.person()).link(records, kept, focus);
        return r.cluster();
    }

    @Test
    void aNewRecordBridgesTheCyrillicAndTheLatinRecordsOfOnePerson() {
        List<LinkRecord> records = List.of(
                record("a1", "Звонлеский", "Михаил", "Иванович", "1904-10-11", "Орёл"),
                record("a2", "Звонлеский", "Михаил", "И.", "1904-10-11", "Орёл"),
                record("b1", "Swonleskij", "Michail", "Iwanowitsch", "1904-10-11", "Orel"),
                record("b2", "Swonleskij", "M.", "Iwanowitsch", "1904-10-11", "Orel"),
                // written half and half, as a clerk copying from a Latin list might
                record("n", "Swonleskij", "Михаил", "Иванович", "1904-10-11", "Орёл"));

        int[] cluster = relink(records);

        assertThat(cluster[4]).isEqualTo(cluster[0]);
        assertThat(cluster[2]).as("the Latin person joins through the new record").isEqualTo(cluster[0]);
    }

    @Test
    void aNewRecordDoesNotChainTwoNamesakesBornYearsApart() {
        List<LinkRecord> records = List.of(
                record("a1", "Звонлеский", "Михаил", "Иванович", "1904-10-11", "Орёл"),
                record("a2", "Звонлеский", "Михаил", "Иванович", "1904-10-11", "Орёл"),
                record("b1", "Звонлеский", "Михаил", "Петрович", "1921-03-02", "Тула"),
                record("b2", "Звонлеский", "Михаил", "Петрович", "1921-03-02", "Тула"),
                record("n", "Звонлеский", "Михаил", null, null, null));

        int[] cluster = relink(records);

        assertThat(cluster[0]).isEqualTo(cluster[1]);
        assertThat(cluster[2]).isEqualTo(cluster[3]);
        assertThat(cluster[2]).isNotEqualTo(cluster[0]);
    }
}
