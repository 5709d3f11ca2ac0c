package org.snegov.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given-name variant groups: full, church and folk forms, diminutives, Ukrainian, Belarusian and Polish forms and
 * western equivalents of one name (Алексей, Алёша, Олексій, Аляксей, Aleksy, Alexis, and every romanisation of
 * them). A group's id is its Russian full form. Lookups go through {@link NameKeys}, so any spelling of a listed
 * form finds its groups. A form may belong to several groups (Саша: Александр and Александра). Immutable,
 * thread-safe; {@link #standard()} is loaded once from {@code given-name-groups.tsv}.
 */
public final class GivenNameGroups {

    private static final String RESOURCE = "given-name-groups.tsv";
    private static volatile GivenNameGroups standard;

    private final Map<String, Group> groups;
    private final Map<String, Set<String>> byKey;

    /**
     * One group.
     *
     * @param id     the Russian full form, also the group's id
     * @param female whether it is a woman's name
     * @param forms  every listed form, id first
     */
    public record Group(String id, boolean female, List<String> forms) {
        public Group {
            forms = List.copyOf(forms);
        }
    }

    private GivenNameGroups(Map<String, Group> groups) {
        this.groups = Collections.unmodifiableMap(groups);
        Map<String, Set<String>> keys = new HashMap<>();
        for (Group g : groups.values()) {
            for (String form : g.forms()) {
                keys.computeIfAbsent(NameKeys.canonical(form), k -> new LinkedHashSet<>()).add(g.id());
            }
        }
        keys.remove("");
        this.byKey = keys;
    }

    /** The groups shipped with Snegov. */
    public static GivenNameGroups standard() {
        GivenNameGroups s = standard;
        if (s == null) {
            synchronized (GivenNameGroups.class) {
                s = standard;
                if (s == null) {
                    s = load();
                    standard = s;
                }
            }
        }
        return s;
    }

    private static GivenNameGroups load() {
        Map<String, Group> groups = new LinkedHashMap<>();
        try (InputStream in = GivenNameGroups.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3 || !cols[1].matches("[mf]")) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": expected id, m|f, forms: " + line);
                }
                List<String> forms = new ArrayList<>();
                forms.add(cols[0].strip());
                for (String f : cols[2].split(",")) {
                    if (!f.isBlank() && !forms.contains(f.strip())) {
                        forms.add(f.strip());
                    }
                }
                groups.put(cols[0].strip(), new Group(cols[0].strip(), cols[1].equals("f"), forms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        return new GivenNameGroups(groups);
    }

    /** Every group, in file order. */
    public List<Group> all() {
        return List.copyOf(groups.values());
    }

    /** The group of id {@code id}, or null. */
    public Group group(String id) {
        return groups.get(id);
    }

    /**
     * The ids of the groups {@code givenName} belongs to, under any of its spellings; empty when unknown, never
     * null. Only the first word counts ("Алексей Владимирович" is looked up as Алексей).
     */
    public Set<String> groupsOf(String givenName) {
        Set<String> ids = new LinkedHashSet<>();
        if (givenName == null) {
            return ids;
        }
        List<String> words = NameKeys.words(givenName);
        if (words.isEmpty()) {
            return ids;
        }
        for (String key : NameKeys.readings(words.get(0))) {
            ids.addAll(byKey.getOrDefault(key, Set.of()));
        }
        return ids;
    }

    /** Whether the two given names share a group (Alexis and Олексій do; Иван and Алексей do not). */
    public boolean sameGroup(String a, String b) {
        Set<String> left = groupsOf(a);
        if (left.isEmpty()) {
            return false;
        }
        for (String id : groupsOf(b)) {
            if (left.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
