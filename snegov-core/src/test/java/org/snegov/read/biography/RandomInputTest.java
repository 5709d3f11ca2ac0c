package org.snegov.read.biography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.snegov.model.Evidence;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.read.ReadResult;

/** Random strings and shuffled biographies: the reader never throws and every evidence points at its text. */
class RandomInputTest {

    private static final BiographyReader READER = new BiographyReader();
    private static final String ALPHABET = "= -:;,.()[]\"'’“”–—\r\n\t\uFEFFaeiouAEIOUxyzKMS0123456789БвгОС\u0301"
            + " was arrested released in on 1937 June January exile camp Gulag he she his her the of and but";

    private static void assertWellFormed(String text) {
        Source source = Source.of("random.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        ReadResult r = READER.read(source);
        String decoded = source.text();
        assertThat(r.records().size() + r.issues().size()).isEqualTo(1);
        for (SourceRecord rec : r.records()) {
            List<Evidence> evidence = new ArrayList<>();
            rec.events().forEach(e -> evidence.add(e.evidence()));
            rec.mentions().forEach(m -> evidence.add(m.evidence()));
            rec.relations().forEach(x -> evidence.add(x.evidence()));
            rec.names().forEach(n -> evidence.add(n.evidence()));
            if (rec.birth() != null) evidence.add(rec.birth().evidence());
            if (rec.death() != null) evidence.add(rec.death().evidence());
            for (Evidence e : evidence) {
                assertThat(decoded.substring(e.start(), e.end())).isEqualTo(e.text());
            }
        }
    }

    @RepeatedTest(200)
    void survivesRandomStrings() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "= Ivan Petrov =\n" : "");
        int n = random.nextInt(600);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(8) == 0) {
                String[] words = ALPHABET.substring(70).split(" ");
                sb.append(words[random.nextInt(words.length)]).append(' ');
            } else {
                sb.append(ALPHABET.charAt(random.nextInt(70)));
            }
        }
        assertWellFormed(sb.toString());
    }

    private static final String[] RUSSIAN = ("Арестован арестована расстрелян Реабилитирован (посмертно) родился "
            + "родилась умер умерла в во и не без Киеве Москве 1937 году г. гг. 4 января 10.08.1938 1920-е годы "
            + "того же года приговорён к 10 годам ИТЛ ОСО сослан направлен Севвостлаг освобождён жена . , ; — "
            + "Член ВКП(б) с работал = - Born: Died:").split(" ");

    @RepeatedTest(100)
    void survivesRandomRussianText() {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "= Иван Петров =\n" : "");
        int n = random.nextInt(200);
        for (int i = 0; i < n; i++) {
            sb.append(RUSSIAN[random.nextInt(RUSSIAN.length)]).append(random.nextInt(10) == 0 ? "\n" : " ");
        }
        assertWellFormed(sb.toString());
    }

    @RepeatedTest(50)
    void survivesShuffledLinesOfTheFoundingBiography() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("../samples/alexei-snegov.txt")));
        String title = lines.remove(0);
        Collections.shuffle(lines, new Random());
        assertWellFormed(title + "\n" + String.join("\n", lines));
    }

    @Test
    void survivesTruncationAtEveryLength() throws IOException {
        String text = Files.readString(Path.of("../samples/alexei-snegov.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < text.length(); i += 7) assertWellFormed(text.substring(0, i));
    }
}
