package org.snegov.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snegov.model.Mention;

class MentionFinderTest {

    private final MentionFinder finder = new MentionFinder();

    private List<String> people(String... paragraphs) {
        BiographyDocument doc = Biographies.of("Ivan Petrov", paragraphs);
        return finder.find(doc, Biographies.SOURCE, SubjectNames.of("Ivan Petrov")).stream().map(Mention::name).toList();
    }

    @Test
    void findsFullNamesAndResolvesLaterSurnamesToThem() {
        assertThat(people("Petrov was released following the arrest of Nikolai Yezhov.",
                "Later Yezhov was shot. Petrov met Anastas Mikoyan, and Mikoyan advised him."))
                .containsExactly("Nikolai Yezhov", "Anastas Mikoyan");
    }

    @Test
    void findsPeopleCoordinatedWithAPersonAndNamedAfterUnderOrBy() {
        assertThat(people("The paper was written with Nikolai Koltsov and Max Delbrück.",
                "He was named marshal together with Stalin, Budyonny and Yegorov.",
                "He worked under Samuil Marshak, and his staging was praised by Gordon Craig."))
                .containsExactly("Nikolai Koltsov", "Max Delbrück", "Stalin", "Budyonny", "Yegorov", "Samuil Marshak",
                        "Gordon Craig");
    }

    @Test
    void addsNoConjunctThatIsNotAName() {
        assertThat(people("He wrote to Stalin and the Politburo.")).containsExactly("Stalin");
    }

    @Test
    void splitsRunsAtWordsThatAreNeverNames() {
        assertThat(people("During Joseph Stalin's Great Purge the Old Bolshevik Pyotr Sidorov was shot."))
                .containsExactly("Joseph Stalin", "Pyotr Sidorov");
    }

    @Test
    void readsInitialsPatronymicsAndTitles() {
        assertThat(people("His life was saved by A.I. Pantyukhov.", "His father, Father Tikhon Nikolayevich Orlov, "
                + "was a priest.")).containsExactly("A.I. Pantyukhov", "Tikhon Nikolayevich Orlov");
    }

    @Test
    void findsAPersonAfterTheirCallingAndARelativeByGivenNameAlone() {
        assertThat(people("In 1943 he toured with the poet Ezra Quillfeather, and his cousin, the physician Tobias Wrenmoor, "
                        + "was arrested.", "His wife Nina Zorova was shot; his daughter Svetlana and his elder son Dmitry "
                        + "spent years in camps, as did his wife Nina."))
                .containsExactly("Ezra Quillfeather", "Tobias Wrenmoor", "Nina Zorova", "Svetlana", "Dmitry");
    }

    @Test
    void endsANameAtAPossessive() {
        assertThat(people("He translated The Knight in the Panther's Skin and Hegel's Phenomenology of Spirit."))
                .isEmpty();
    }

    @Test
    void keepsAWellKnownSurnameAloneButNotAsAPrizeName() {
        assertThat(people("He wrote appeals to Stalin himself.", "He received the Lenin Prize."))
                .containsExactly("Stalin");
    }

    @Test
    void findsTitledPeopleAuthorsOfWorksAndWellKnownSurnamesAloneButNotAsThings() {
        assertThat(people("He read out the appeal of Metropolitan Sergius from the pulpit.",
                "He translated the Danish author Karen Blixen and wrote a preface to an edition of Selma Lagerlöf's tales.",
                "The prisoners recited Lermontov's verses; he had fought against Kolchak in 1919.",
                "He designed locks for the Kuibyshev hydroelectric scheme."))
                .containsExactly("Metropolitan Sergius", "Karen Blixen", "Selma Lagerlöf", "Lermontov", "Kolchak");
    }

    @Test
    void findsPeopleAfterATitleOrOfficeAndARelativeAfterACommaButNoPeriodical() {
        assertThat(people("The medal was presented by President Lennart Meri.",
                "He served in the corps of General Władysław Anders.",
                "Her daughter, Marina, was born in 1931.",
                "He wrote for Komsomolskaya Pravda and Novy Mir."))
                .containsExactly("Lennart Meri", "Władysław Anders", "Marina");
    }

    @Test
    void leavesOutTheSubjectAndPlaces() {
        assertThat(people("Ivan Petrov moved to Moscow State University in Soviet Union.")).isEmpty();
    }

    @Test
    void findsAListOfSurnamesButNotAListOfPlacesOrCountries() {
        assertThat(people("Under torture he named Zorin, Belkovich and others as members of the plot."))
                .containsExactly("Zorin", "Belkovich");
        assertThat(people("He was sent to Saratov, Rostov and Tambov.")).isEmpty();
        assertThat(people("The tour took him to Britain, France and Japan.")).isEmpty();
    }

    @Test
    void findsFamousSurnamesAndPeopleAfterVerbsOfContactButNotThingsOrTownsNamedAfterThem() {
        assertThat(people("He openly opposed Lysenko in 1948.")).containsExactly("Lysenko");
        assertThat(people("He acted in Meyerhold's theatre until 1938.")).containsExactly("Meyerhold");
        assertThat(people("He corresponded with Romain Rolland until 1935.")).containsExactly("Romain Rolland");
        assertThat(people("He was arrested with the poets Peretz Markish and Leib Kvitko."))
                .containsExactly("Peretz Markish", "Leib Kvitko");
        assertThat(people("Academicians P. L. Kapitsa and A. F. Ioffe wrote on his behalf."))
                .containsExactly("P. L. Kapitsa", "A. F. Ioffe");
        assertThat(people("Petrov's sister Maria was arrested in 1938.")).containsExactly("Maria");
        assertThat(people("He received the Order of Lenin in 1945.")).isEmpty();
        assertThat(people("After the war he moved to Kalinin.")).isEmpty();
        assertThat(people("A letter to Stalin went unanswered.")).containsExactly("Stalin");
    }

    @Test
    void pointsEachMentionAtItsFirstWriting() {
        BiographyDocument doc = Biographies.of("Ivan Petrov", "He met Roy Medvedev. Medvedev wrote.");
        Mention m = finder.find(doc, Biographies.SOURCE, SubjectNames.of("Ivan Petrov")).get(0);
        assertThat(doc.text().substring(m.evidence().start(), m.evidence().end())).isEqualTo("Roy Medvedev");
    }
}
