package org.snegov.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The comparable forms of a batch of records, computed once per distinct value: for each field, each record's
 * value id (-1 when missing) and, per distinct value, its normalised forms, date parts and frequency. Immutable
 * after construction except for phonetic codes, computed on first use (benign race: the codes are a pure function).
 */
public final class RecordFeatures {

    final LinkSettings settings;
    final List<LinkRecord> records;
    final int size;
    final int[] source;
    final int sourceCount;
    final Field[] fields;
    private final PhoneticKey phonetic;
    private final NameNormalizer names;

    /** One field's distinct values and their forms. */
    static final class Field {
        final FieldSpec spec;
        final int[] value;
        String[] written;
        String[] latin;
        int[] latinId;
        int[] foldedId;
        String[] folded;
        String[] skeleton;
        String[] canonical;
        /** Sound-class keys of name fields ({@link SoundClassKey}); null for other kinds. */
        String[] sound;
        String[] raw;
        List<String>[] readings;
        List<String>[] groups;
        boolean[] initial;
        int[] modernId;
        int[] regionId;
        int[] year;
        int[] month;
        int[] day;
        String[] digits;
        double[] latinFrequency;
        List<?>[] phonetic;

        Field(FieldSpec spec, int size) {
            this.spec = spec;
            this.value = new int[size];
        }
    }

    RecordFeatures(LinkSettings settings, List<LinkRecord> records, NameNormalizer names, PhoneticKey phonetic,
                   PlaceResolver places) {
        this.settings = settings;
        this.records = List.copyOf(records);
        this.size = records.size();
        this.phonetic = phonetic;
        this.names = names;
        this.source = new int[size];
        Map<String, Integer> sources = new HashMap<>();
        for (int i = 0; i < size; i++) {
            source[i] = sources.computeIfAbsent(records.get(i).source(), k -> sources.size());
        }
        this.sourceCount = sources.size();
        this.fields = new Field[settings.fields().size()];
        IntStream.range(0, fields.length).parallel()
                .forEach(f -> fields[f] = prepare(f, settings.fields().get(f), names, places));
    }

    private Field prepare(int index, FieldSpec spec, NameNormalizer names, PlaceResolver places) {
        Field field = new Field(spec, size);
        Map<String, Integer> ids = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String v = records.get(i).value(index);
            if (v == null) {
                field.value[i] = -1;
            } else {
                field.value[i] = ids.computeIfAbsent(v.strip(), k -> {
                    distinct.add(k);
                    return distinct.size() - 1;
                });
            }
        }
        int n = distinct.size();
        field.written = new String[n];
        field.latin = new String[n];
        field.folded = new String[n];
        field.skeleton = new String[n];
        field.initial = new boolean[n];
        field.canonical = new String[n];
        field.raw = distinct.toArray(String[]::new);
        field.readings = emptyLists(n);
        field.groups = emptyLists(n);
        if (spec.kind() == FieldKind.DATE) {
            field.year = new int[n];
            field.month = new int[n];
            field.day = new int[n];
            field.digits = new String[n];
        }
        for (int d = 0; d < n; d++) {
            String raw = distinct.get(d);
            if (spec.kind() == FieldKind.DATE) {
                parseDate(raw, field, d);
                field.written[d] = field.digits[d];
                field.latin[d] = field.digits[d];
                field.folded[d] = field.digits[d];
                field.skeleton[d] = field.digits[d];
                field.canonical[d] = field.digits[d];
            } else if (spec.kind() == FieldKind.STRING) {
                String w = TransliteratingNameNormalizer.written(raw);
                field.written[d] = w;
                field.latin[d] = w;
                field.folded[d] = w;
                field.skeleton[d] = w;
                field.canonical[d] = w;
            } else {
                NormalizedName name = names.quick(raw);
                field.written[d] = name.written();
                field.latin[d] = name.latin();
                field.folded[d] = name.folded();
                field.skeleton[d] = name.skeleton();
                field.initial[d] = name.initial();
                field.canonical[d] = name.canonical();
                field.readings[d] = null;
                field.groups[d] = null;
            }
        }
        if (spec.kind() == FieldKind.NAME) {
            field.sound = new String[n];
            for (int d = 0; d < n; d++) {
                field.sound[d] = SoundClassKey.of(field.written[d]);
            }
        }
        field.latinId = intern(field.latin);
        field.foldedId = intern(field.folded);
        if (spec.kind() == FieldKind.PLACE) {
            String[] modern = new String[n];
            String[] region = new String[n];
            for (int d = 0; d < n; d++) {
                PlaceResolver.ResolvedPlace p = places.resolve(distinct.get(d), field.latin[d]);
                modern[d] = p.modern().isEmpty() ? null : p.modern();
                region[d] = p.region().isEmpty() ? null : p.region();
            }
            field.modernId = intern(modern);
            field.regionId = intern(region);
        }
        int[] latinCount = new int[n];
        int present = 0;
        for (int i = 0; i < size; i++) {
            if (field.value[i] >= 0 && field.latinId[field.value[i]] >= 0) {
                latinCount[field.latinId[field.value[i]]]++;
                present++;
            }
        }
        field.latinFrequency = new double[n];
        for (int d = 0; d < n; d++) {
            field.latinFrequency[d] = present == 0 || field.latinId[d] < 0 ? 0
                    : (double) latinCount[field.latinId[d]] / present;
        }
        field.phonetic = new List<?>[n];
        return field;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] emptyLists(int n) {
        List<String>[] out = new List[n];
        java.util.Arrays.fill(out, List.of());
        return out;
    }

    /** Ids such that equal strings get equal ids; {@code null} gets -1. */
    private static int[] intern(String[] values) {
        Map<String, Integer> ids = new HashMap<>();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] == null || values[i].isEmpty() ? -1 : ids.computeIfAbsent(values[i], k -> ids.size());
        }
        return out;
    }

    /**
     * Reads a lenient partial date: {@code yyyyMMdd}, or year, month and day separated by anything not a digit
     * ({@code 1937-6-4}, {@code 1937/06}); zeros and missing parts are unknown. A value with no year keeps year 0
     * and counts as missing in comparisons.
     */
    static void parseDate(String raw, Field field, int d) {
        String[] groups = raw.strip().split("[^0-9]+");
        List<String> parts = new ArrayList<>();
        for (String g : groups) {
            if (!g.isEmpty()) {
                parts.add(g);
            }
        }
        int y = 0;
        int m = 0;
        int day = 0;
        if (parts.size() == 1 && parts.get(0).length() == 8) {
            String s = parts.get(0);
            y = Integer.parseInt(s.substring(0, 4));
            m = Integer.parseInt(s.substring(4, 6));
            day = Integer.parseInt(s.substring(6, 8));
        } else if (!parts.isEmpty() && parts.get(0).length() == 4) {
            y = Integer.parseInt(parts.get(0));
            m = parts.size() > 1 && parts.get(1).length() <= 2 ? Integer.parseInt(parts.get(1)) : 0;
            day = m > 0 && parts.size() > 2 && parts.get(2).length() <= 2 ? Integer.parseInt(parts.get(2)) : 0;
        } else if (parts.size() == 3 && parts.get(2).length() == 4) {
            y = Integer.parseInt(parts.get(2));
            m = parts.get(1).length() <= 2 ? Integer.parseInt(parts.get(1)) : 0;
            day = m > 0 && parts.get(0).length() <= 2 ? Integer.parseInt(parts.get(0)) : 0;
        }
        field.year[d] = y;
        field.month[d] = m;
        field.day[d] = m == 0 ? 0 : day;
        field.digits[d] = y == 0 ? "" : String.format(java.util.Locale.ROOT, "%04d%s%s", y,
                m == 0 ? "" : String.format(java.util.Locale.ROOT, "%02d", m),
                field.day[d] == 0 ? "" : String.format(java.util.Locale.ROOT, "%02d", field.day[d]));
    }

    /** The phonetic codes of distinct value {@code d} of field {@code f}, computed on first use. */
    @SuppressWarnings("unchecked")
    List<String> phonetic(Field field, int d) {
        List<?> codes = field.phonetic[d];
        if (codes == null) {
            codes = phonetic.codes(field.latin[d]);
            field.phonetic[d] = codes;
        }
        return (List<String>) codes;
    }

    /** The cross-script readings of distinct value {@code d} of a name field, sorted; computed on first use. */
    List<String> readings(Field field, int d) {
        expand(field, d);
        return field.readings[d];
    }

    /** The given-name groups of distinct value {@code d} of a name field, sorted; computed on first use. */
    List<String> groups(Field field, int d) {
        expand(field, d);
        return field.groups[d];
    }

    private void expand(Field field, int d) {
        if (field.groups[d] == null || field.readings[d] == null) {
            NormalizedName name = names.normalize(field.raw[d]);
            List<String> readings = name.readings().stream().sorted().toList();
            field.groups[d] = name.groups().stream().sorted().toList();
            field.readings[d] = readings;
        }
    }

    /** How many records. */
    public int size() {
        return size;
    }

    /** The records, in input order. */
    public List<LinkRecord> records() {
        return records;
    }

    /** Whether record {@code i}'s value of field {@code f} is present (for dates: has a year). */
    boolean present(int f, int i) {
        Field field = fields[f];
        int v = field.value[i];
        return v >= 0 && !(field.spec.kind() == FieldKind.DATE && field.year[v] == 0) && field.latinId[v] >= 0;
    }
}
