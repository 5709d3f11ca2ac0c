package org.snegov.read.memorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snegov.read.tabular.ColumnMapping;
import org.snegov.read.tabular.TableFormat;
import org.snegov.read.tabular.TableRow;
import org.snegov.read.tabular.TableScanner;

/**
 * Quality gate on the 5,232 real records of ../shared (skipped when absent): fields and issues per record,
 * and the gold-dev sample scored as the evaluation README's scorer does (12 fields, events by type and date).
 */
class MemorialQualityTest {

    private static final double FIELD_BASELINE = 0.97;
    private static final double EVENT_BASELINE = 0.97;
    private static final Path SHARED = Path.of("").toAbsolutePath().getParent().resolve("../shared").normalize();

    @Test
    void readsTheRealRecordsAndScoresAtLeastTheBaselineOnGoldDev() throws Exception {
        Path csv = SHARED.resolve("data/memorial/mos-memo-ru-2014/mos_memo_ru_all_2014.csv");
        Path gold = SHARED.resolve("eval/memorial/gold-dev.jsonl");
        assumeTrue(Files.isRegularFile(csv) && Files.isRegularFile(gold), "../shared Memorial data absent: " + csv);
        Map<Integer, MemorialEntry> byRow = new HashMap<>();
        StringBuilder report = new StringBuilder("row\tfields\tissues\n");
        long fields = 0;
        long issues = 0;
        long t0 = System.nanoTime();
        byte[] bytes = Files.readAllBytes(csv);
        TableFormat format = TableFormat.detect(bytes, csv.getFileName().toString(), null, null);
        try (InputStream in = Files.newInputStream(csv); TableScanner s = TableScanner.open(in, format, "memorial.csv")) {
            MemorialReader reader = (MemorialReader) MemorialReader.with(ColumnMapping.memorial()).forHeader(s.header(), "memorial.csv");
            while (s.hasNext()) {
                TableRow row = s.next();
                MemorialEntry e = reader.entry(row);
                fields += e.fieldCount();
                issues += e.problems().size();
                byRow.put(row.index(), e);
                report.append(row.index()).append('\t').append(e.fieldCount()).append('\t')
                        .append(String.join("; ", e.problems().stream().map(MemorialEntry.Problem::reason).toList())).append('\n');
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path reportFile = Path.of("target", "memorial-quality.tsv");
        Files.createDirectories(reportFile.getParent());
        Files.writeString(reportFile, report, java.nio.charset.StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        int correct = 0;
        int total = 0;
        int tp = 0;
        int nPred = 0;
        int nGold = 0;
        for (String line : Files.readAllLines(gold)) {
            if (line.isBlank()) continue;
            JsonNode g = json.readTree(line);
            MemorialEntry e = byRow.get(g.get("row").asInt());
            String[][] pairs = {
                    {text(g.at("/name/surname")), s(e.surname())}, {text(g.at("/name/given")), s(e.given())},
                    {text(g.at("/name/patronymic")), s(e.patronymic())},
                    {text(g.at("/birth/year")), e.birthYear() == null ? null : e.birthYear().toString()},
                    {text(g.at("/birth/place")), s(e.birthPlace())}, {text(g.at("/nationality")), s(e.nationality())},
                    {text(g.at("/party/member")), e.party().member() == null ? null : e.party().member().toString()},
                    {text(g.at("/party/party")), e.party().party()},
                    {text(g.at("/party/since")), e.party().since() == null ? null : e.party().since().toString()},
                    {text(g.at("/occupation")), s(e.occupation())}, {text(g.at("/address")), s(e.address())},
                    {text(g.at("/burial_place")), s(e.burialPlace())}};
            for (String[] p : pairs) {
                total++;
                if (java.util.Objects.equals(norm(p[0]), norm(p[1]))) correct++;
            }
            List<String> goldEvents = new ArrayList<>();
            g.get("events").forEach(ev -> goldEvents.add(ev.get("type").asText() + "|" + text(ev.get("date"))));
            List<String> predEvents = new ArrayList<>();
            e.events().forEach(ev -> predEvents.add(ev.type().code() + "|" + (ev.date() == null ? null : ev.date().iso())));
            nGold += goldEvents.size();
            nPred += predEvents.size();
            for (String p : predEvents) {
                if (goldEvents.remove(p)) tp++;
            }
        }
        double accuracy = (double) correct / total;
        double precision = nPred == 0 ? 1 : (double) tp / nPred;
        double recall = nGold == 0 ? 1 : (double) tp / nGold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "memorial-reader: %d records in %.2f s (%.0f records/s), %.2f fields/record, "
                        + "%.4f issues/record (per record: %s); gold-dev field accuracy=%.4f events_f1=%.4f%n", byRow.size(), seconds,
                byRow.size() / seconds, (double) fields / byRow.size(), (double) issues / byRow.size(), reportFile, accuracy, f1);
        assertThat(byRow).hasSize(5232);
        assertThat(accuracy).isGreaterThanOrEqualTo(FIELD_BASELINE);
        assertThat(f1).isGreaterThanOrEqualTo(EVENT_BASELINE);
    }

    private static String s(TextSpan t) {
        return t == null ? null : t.text();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    /** The scorer's normalisation: NFC, Latin look-alikes to Cyrillic, case fold, spaces, trailing periods. */
    static String norm(String v) {
        if (v == null) return null;
        String s = Normalizer.normalize(v, Normalizer.Form.NFC);
        String latin = "AaBCcEeHKMOoPpTXxyk";
        String cyr = "АаВСсЕеНКМОоРрТХхук";
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = latin.indexOf(c);
            b.append(i >= 0 ? cyr.charAt(i) : c);
        }
        s = b.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().replaceAll("[\\s.]+$", "");
        return s.isEmpty() ? null : s;
    }
}
