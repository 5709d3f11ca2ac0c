package org.snegov.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.EventType;
import org.snegov.model.LifeEvent;

class EventExtractorTest {

    private final EventExtractor extractor = new EventExtractor();

    private List<LifeEvent> events(String... paragraphs) {
        BiographyDocument doc = Biographies.of("Ivan Petrov", paragraphs);
        return extractor.extract(doc, Biographies.SOURCE, SubjectNames.of("Ivan Petrov"));
    }

    private static List<String> summary(List<LifeEvent> events) {
        return events.stream().map(e -> e.type().code() + " " + (e.date() == null ? "-" : e.date().iso())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Petrov was arrested on 4 January 1939.                          | arrest 1939-01-04
            He was arrested on January 4, 1939.                             | arrest 1939-01-04
            Petrov was arrested in June 1937.                               | arrest 1937-06
            In 1937 he was arrested.                                        | arrest 1937
            He was officially rehabilitated on March 6, 1954.               | rehabilitation 1954-03-06
            He was executed on 27 January 1940.                             | execution 1940-01-27
            He went into retirement in 1964.                                | retirement 1964
            He was a member of the Bolsheviks since April 1917.             | party_join 1917-04
            He became a member of the regional committee in June 1930.      | position 1930-06
            He served as the first secretary of the district committee.     | position -
            Throughout the 1930s, he held various party posts in Omsk.      | position 1930s
            He was sentenced to ten years in a labour camp.                 | sentence -
            In 1943 he was sentenced to another term.                       | sentence 1943
            He was born on 13 July [O.S. 1 July] 1894 and arrested on 12 January [O.S. 30 December 1937] 1938. | arrest 1938-01-12
            In March 1938 he was detained at his flat.                      | arrest 1938-03
            He was taken into custody in 1941.                              | arrest 1941
            Petrov was seized by the NKVD in May 1937.                      | arrest 1937-05
            The physicist was condemned to death in 1938.                   | sentence 1938
            In 1939 he was given ten years.                                 | sentence 1939
            He was sent to a special design bureau in 1940.                 | camp 1940
            He was deported to Kazakhstan in 1941.                          | exile 1941
            In 1925 he was banished to Narym.                               | exile 1925
            He was freed in 1946.                                           | release 1946
            In 1954 he was cleared of all charges.                          | rehabilitation 1954
            He was posthumously rehabilitated in 1956.                      | rehabilitation 1956
            In 1921 he was appointed head of the department.                | position 1921
            In 1933 he became director of the institute.                    | position 1933
            He was expelled from the party in 1936.                         | expulsion 1936
            He was readmitted to the party in 1956.                         | reinstatement 1956
            He was awarded the Stalin Prize in 1941.                        | award 1941
            The marshal was named Hero of the Soviet Union in 1944.         | award 1944
            After his release in 1947 he settled in Ryazan.                 | release 1947
            He was shot in 1941.                                            | execution 1941
            He perished in a camp in 1942.                                  | death 1942
            He was let out of prison in 1940.                               | release 1940
            He was amnestied in 1953.                                       | release 1953
            From 1932 he held the chair of theoretical physics in Kharkov.  | position 1932
            In 1929 he took up a post at the Physico-Technical Institute.   | position 1929
            He took charge of the design bureau in 1956.                    | position 1956
            In 1934 he was transferred to Moscow as deputy chairman of the planning commission. | position 1934
            He returned to teaching in 1956.                                | position 1956
            He was arrested on 27 February, in the hall.                    | arrest -
            On 8 December 1937 he was shot by the NKVD near Leningrad.      | execution 1937-12-08
            The former editor testified against himself.                    | testimony -
            Under interrogation the designer signed a confession.           | testimony -
            In 1988 the Supreme Court annulled the verdict.                 | rehabilitation 1988
            The Party Control Committee restored his party membership in 1988. | reinstatement 1988
            """)
    void findsOneDatedEventPerSentence(String sentence, String expected) {
        assertThat(summary(events(sentence))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He was arrested by the NKVD in 1937 and shot in 1938.                   | arrest 1937, execution 1938
            He was sentenced to death on 1 March 1938 and shot the same day.        | sentence 1938-03-01, execution 1938-03-01
            He and his wife were arrested in 1949.                                  | arrest 1949
            The writer was arrested in 1938.                                        | arrest 1938
            He became a member of the Communist Party of the Soviet Union in 1940.  | party_join 1940
            He joined the Bolsheviks in 1905.                                       | party_join 1905
            He was elected to the Central Committee in 1934.                        | position 1934
            He worked at the Kharkov Physico-Technical Institute from 1932 to 1937. | position 1932
            He worked in Moscow as a clerk.                                         | position -
            He taught at Moscow University.                                         | position -
            He was a professor at Leningrad University.                             | position -
            He was awarded the Order of Lenin in 1945.                              | award 1945
            He served his sentence in Norillag.                                     | camp -
            He served an eight-year sentence in Norillag.                           | camp -, sentence -
            He was arrested, tried and shot in 1937.                                | arrest -, execution 1937
            He was arrested in 1937; two years later he was released.               | arrest 1937, release 1939
            He was arrested in 1937 and released the following year.                | arrest 1937, release 1938
            He lived in exile from 1937 to 1951.                                    | exile 1937
            His arrest in 1938 ended his career.                                    | arrest 1938
            He was arrested in 1949 and exiled to Krasnoyarsk.                      | arrest 1949, exile -
            He was released in 1947 but exiled to Yeniseysk.                        | release 1947, exile -
            In 1921 he became head of the bureau, and from 1930 he directed the institute. | position 1921, position 1930
            On 9 July 1941 he was sentenced to death; in 1942 the sentence was commuted. | sentence 1941-07-09, sentence 1942
            He was released but remained in exile in Kazakhstan until 1956.         | release -, exile -
            The case against him was dropped in 1939.                               | acquittal 1939
            He was rehabilitated in 1956 and restored to the party.                 | rehabilitation 1956, reinstatement -
            The NKVD arrested him in 1937.                                          | arrest 1937
            She was arrested a year later, in July 1937.                            | arrest 1937-07
            He was never readmitted to the party.                                   | ''
            Khrushchev released him in 1954.                                        | release 1954
            Her husband, Mikhail Orlov, was arrested two days later and shot.       | ''
            """)
    void readsCommonBiographyPhrasing(String sentence, String expected) {
        assertThat(String.join(", ", summary(events(sentence)))).isEqualTo(expected);
    }

    @Test
    void datesTheFollowingYearByThePreviousYear() {
        assertThat(summary(events("He was arrested in 1937.", "He was released the following year.")))
                .containsExactly("arrest 1937", "release 1938");
    }

    @Test
    void givesTheSubjectsPronounsByTheTextsGender() {
        BiographyDocument doc = Biographies.of("Anna Petrova", "Anna Petrova was arrested in 1937. She was sent to "
                + "Kolyma. Her husband was a teacher. He was shot in 1938. She was released in 1946.");
        SubjectNames names = SubjectNames.of("Anna Petrova").withPronounsOf("She she her her he");
        assertThat(summary(extractor.extract(doc, Biographies.SOURCE, names)))
                .containsExactly("arrest 1937", "camp -", "release 1946");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He refused rehabilitation.
            He was never arrested.
            He narrowly escaped arrest.
            His rehabilitation was refused in 1956.
            The film was released in 1936.
            Her husband was arrested in July.
            He was released following the arrest of Nikolai Yezhov.
            Other members of the institute had also been arrested.
            He wrote about the execution of the commissars.
            His sentence, which he did not have to serve in a labour camp, was eight years.
            "I was arrested in 1937," he wrote.
            His father was shot in 1938.
            Both of his brothers were arrested.
            On 5 March 1953, Stalin died.
            He worked in the new town of Berezniki at the construction site.
            He rehabilitated thousands of victims in 1956.
            The officer who arrested Yezhov was shot in 1940.
            Many of his students were arrested.
            Most of the defendants were shot.
            His wife Nadezhda was arrested in 1938.
            Yezhov was himself arrested in 1939.
            His application for rehabilitation was rejected in 1962.
            In 1961 his widow asked to clear his name, and a commission stopped short of recommending his rehabilitation.
            For years the family was told that he had died in a camp in 1942.
            """)
    void findsNoEventOfTheSubjectIn(String sentence) {
        assertThat(summary(events(sentence)).stream().filter(s -> !s.startsWith("release"))).isEmpty();
    }

    @Test
    void keepsTheReleaseButNotTheOtherPersonsArrest() {
        assertThat(summary(events("He was released following the arrest of Nikolai Yezhov.")))
                .containsExactly("release -");
    }

    @Test
    void appliesASentenceInitialDateToEveryVerb() {
        assertThat(summary(events("In September 1918, Petrov was arrested and sentenced to death.")))
                .containsExactly("arrest 1918-09", "sentence 1918-09");
    }

    @Test
    void doesNotCarryADateAttachedToOneVerbToTheNext() {
        assertThat(summary(events("Petrov was arrested in June 1937, but was then acquitted and released.")))
                .containsExactly("arrest 1937-06", "acquittal -", "release -");
    }

    @Test
    void datesThatSameYearByThePreviousDate() {
        assertThat(summary(events("In 1967, he was expelled from the party.", "However, he was reinstated that same year.")))
                .containsExactly("expulsion 1967", "reinstatement 1967");
    }

    @Test
    void countsTheNewStyleDateOfAnOldStyleNewStylePair() {
        assertThat(summary(events("He was arrested on 1 July [N.S. 14 July] 1918.")))
                .containsExactly("arrest 1918-07-14");
    }

    @Test
    void keepsOnlyTheYearOfAnOpeningDateForALaterVerb() {
        assertThat(summary(events("In February 1937, he was expelled from the party and soon arrested.")))
                .containsExactly("expulsion 1937-02", "arrest 1937");
    }

    @Test
    void startsAStayMeasuredByItsLengthWithTheEventBeforeIt() {
        assertThat(summary(events("He was arrested again on January 4, 1939, and spent over 15 years in the Gulag.")))
                .containsExactly("arrest 1939-01-04", "camp 1939-01-04");
    }

    @Test
    void findsExileByDestinationInAnOpeningPhrase() {
        assertThat(summary(events("After a brief return to exile, Petrov was rehabilitated.")))
                .containsExactly("exile -", "rehabilitation -");
    }

    @Test
    void treatsAnUndatedRetellingOfADatedArrestAsTheSameArrest() {
        assertThat(summary(events("Petrov was arrested on 15 May 1939.", "Petrov was then placed under arrest.")))
                .containsExactly("arrest 1939-05-15");
    }

    @Test
    void keepsALeadSummaryBesideItsBodyTellingAsTheGoldDoes() {
        assertThat(summary(events("He was arrested in 1940 and died in prison in 1943.",
                "On August 6, 1940, Petrov was arrested.", "He died on January 26, 1943.")))
                .containsExactly("arrest 1940", "death 1943", "arrest 1940-08-06", "death 1943-01-26");
    }

    @Test
    void keepsAnArrestRepeatedSeveralTimesApartFromADatedOne() {
        assertThat(summary(events("Petrov was first arrested on 15 May 1921.",
                "He was arrested by the tsarist police several times.")))
                .containsExactly("arrest 1921-05-15", "arrest -");
    }

    @Test
    void givesOneEventPerListedDate() {
        assertThat(summary(events("Petrov was named Hero of Socialist Labour in 1945, 1957 and 1972.")))
                .containsExactly("award 1945", "award 1957", "award 1972");
    }

    @Test
    void datesAnEventTwoDaysAfterTheDateBeforeIt() {
        assertThat(summary(events("On 13 March 1938 the court sentenced him to death; he was shot two days later.")))
                .containsExactly("sentence 1938-03-13", "execution 1938-03-15");
    }

    @Test
    void endsAStayAtTheEndOfItsRange() {
        assertThat(events("He lived in exile from 1937 to 1951.")).singleElement()
                .satisfies(e -> assertThat(e.until().iso()).isEqualTo("1951"));
    }

    @Test
    void citesTheClauseNotTheWholeSentence() {
        List<LifeEvent> found = events("In June 1937 Petrov was arrested, and his wife left Moscow with the children.");
        assertThat(found).singleElement().satisfies(e ->
                assertThat(e.evidence().text()).isEqualTo("In June 1937 Petrov was arrested"));
    }

    @Test
    void takesARelativeSharingTheSurnameForSomeoneElse() {
        assertThat(summary(events("His brother Sergey Petrov became the president of the Academy."))).isEmpty();
    }

    @Test
    void keepsASecondArrestMarkedAgain() {
        assertThat(summary(events("Petrov was arrested in June 1937.", "He was arrested again.")))
                .containsExactly("arrest 1937-06", "arrest -");
    }

    @Test
    void pointsEveryEvidenceAtItsExactText() {
        BiographyDocument doc = Biographies.of("Ivan Petrov", "In 1937, he was arrested. He was released in 1939.");
        for (LifeEvent e : extractor.extract(doc, Biographies.SOURCE, SubjectNames.of("Ivan Petrov"))) {
            assertThat(doc.text().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
        }
    }

    @Test
    void givesEventsTheirTypeFromTheLexicon() {
        assertThat(events("He testified against the minister.").get(0).type()).isEqualTo(EventType.TESTIMONY);
    }
}
