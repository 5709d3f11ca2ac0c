package org.snegov.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snegov.names.NameKeys;

/**
 * A gazetteer of former-USSR cities (GeoNames cities over 15,000 inhabitants, CC BY 4.0) with their dated
 * historical names, resolving place texts as records write them: "Киевская губ., г. Киев", "Kyiv, Ukraine",
 * "Ленинград", "Stalino", "Tiflis". Administrative words of every period (губерния, уезд, волость, область,
 * Governorate, oblast) are set aside; a province adjective ("Киевская") stands for its capital when no other
 * toponym resolves. Immutable and thread-safe; {@link #standard()} loads once.
 */
public final class Gazetteer {

    private static final Pattern ADMIN = Pattern.compile(
            "(?iu)(?<=^|[\\s,.;])(губ(ерния|ернии|\\.)?|уезд(а)?|у\\.|волост(ь|и)|вол\\.|обл(асть|асти|\\.)?|р-н|район(а)?|г\\.|город|гор\\."
                    + "|с\\.|село|д\\.|деревня|дер\\.|пос\\.|посёлок|поселок|м\\.|местечко|ст\\.|станция|ССР|АССР|СССР|УССР|БССР|РСФСР"
                    + "|Российская империя|Russian Empire|Governorate|Gubernia|Guberniya|Province|uyezd|uezd|volost|oblast|region|district"
                    + "|city( of)?|town|village|USSR|SSR|Ukraine|Russia|Belarus|Georgia|Kazakhstan|Украина|Россия|Беларусь)(?=$|[\\s,.;])");
    private static final Pattern ADJECTIVE = Pattern.compile("(?iu)(.+?)(ская|ской|цкая|ский|ского|ская|ська|ska|skaya|skaja)$");

    private static volatile Gazetteer standard;

    private final Map<Long, Entry> entries;
    private final Map<String, List<Name>> byKey;

    private record Entry(long id, String name, String country, long population, List<String> names) {
    }

    private record Name(long id, String form, boolean historical, int from, int to) {
    }

    private Gazetteer(Map<Long, Entry> entries, Map<String, List<Name>> byKey) {
        this.entries = entries;
        this.byKey = byKey;
    }

    /** The gazetteer shipped with Snegov. */
    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    g = load();
                    standard = g;
                }
            }
        }
        return g;
    }

    /** How many cities the gazetteer holds. */
    public int size() {
        return entries.size();
    }

    /**
     * The city {@code text} names, or empty. {@code year}, when known, prefers the name valid then; a name used
     * only outside its period still resolves (records are often written later).
     */
    public Optional<PlaceMatch> resolve(String text, Integer year) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        List<String> adjectives = new ArrayList<>();
        for (String part : text.split("[,;()/]")) {
            String cleaned = ADMIN.matcher(part).replaceAll(" ").replaceAll("\\s+", " ").strip();
            if (cleaned.isEmpty()) {
                continue;
            }
            var adjective = ADJECTIVE.matcher(cleaned);
            if (adjective.matches() && !cleaned.contains(" ")) {
                adjectives.add(adjective.group(1));
            } else {
                parts.add(cleaned);
            }
        }
        for (String part : parts) {
            Optional<PlaceMatch> m = lookup(part, year);
            if (m.isPresent()) {
                return m;
            }
        }
        for (String stem : adjectives) {
            for (String form : List.of(stem, stem + "а", stem + "ь", stem + "a")) {
                Optional<PlaceMatch> m = lookup(form, year);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<PlaceMatch> lookup(String toponym, Integer year) {
        List<Name> candidates = byKey.get(NameKeys.canonical(toponym));
        if (candidates == null) {
            return Optional.empty();
        }
        Name best = null;
        for (Name n : candidates) {
            if (best == null || rank(n, toponym, year) > rank(best, toponym, year)) {
                best = n;
            }
        }
        Entry e = entries.get(best.id());
        return Optional.of(new PlaceMatch(e.id(), e.name(), e.country(), toponym.strip(), best.historical(),
                e.names()));
    }

    private long rank(Name n, String toponym, Integer year) {
        long score = entries.get(n.id()).population();
        if (n.form().equalsIgnoreCase(toponym.strip())) {
            score += 1_000_000_000L;
        }
        if (year != null && n.historical() && (n.from() == 0 || n.from() <= year) && (n.to() == 0 || year < n.to())) {
            score += 2_000_000_000L;
        }
        return score;
    }

    private static Gazetteer load() {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        Map<String, List<Name>> byKey = new HashMap<>();
        Map<Long, Set<String>> names = new HashMap<>();
        for (String[] row : rows("gazetteer.tsv", 5)) {
            long id = Long.parseLong(row[0]);
            List<String> forms = List.of(row[4].split("\\|"));
            entries.put(id, new Entry(id, row[1], row[2], Long.parseLong(row[3]), forms));
            names.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(forms);
            for (String form : forms) {
                add(byKey, new Name(id, form, false, 0, 0));
            }
        }
        for (String[] row : rows("renamings.tsv", 4)) {
            long id = Long.parseLong(row[0]);
            if (!entries.containsKey(id)) {
                throw new IllegalStateException("renamings.tsv names unknown GeoNames id " + id);
            }
            int from = row[2].isBlank() ? 0 : Integer.parseInt(row[2].strip());
            int to = row[3].isBlank() ? 0 : Integer.parseInt(row[3].strip());
            boolean historical = from != 0 || to != 0;
            for (String form : row[1].split("\\|")) {
                add(byKey, new Name(id, form, historical, from, to));
                names.get(id).add(form);
            }
        }
        Map<Long, Entry> withHistory = new LinkedHashMap<>();
        entries.forEach((id, e) -> withHistory.put(id, new Entry(id, e.name(), e.country(), e.population(),
                List.copyOf(names.get(id)))));
        return new Gazetteer(withHistory, byKey);
    }

    private static void add(Map<String, List<Name>> byKey, Name name) {
        String key = NameKeys.canonical(name.form());
        if (!key.isEmpty()) {
            List<Name> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            // A dated name replaces an undated identical spelling of the same place.
            list.removeIf(n -> n.id() == name.id() && n.form().toLowerCase(Locale.ROOT)
                    .equals(name.form().toLowerCase(Locale.ROOT)) && !n.historical() && name.historical());
            list.add(name);
        }
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = resource.equals("gazetteer.tsv");
            while ((line = reader.readLine()) != null) {
                if (header) {
                    header = false;
                    continue;
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return rows;
    }
}
