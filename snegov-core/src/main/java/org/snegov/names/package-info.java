/**
 * Names across scripts and spellings: plain Java, ICU4J and commons-codec, depending on the model only.
 *
 * <ul>
 *   <li>{@link org.snegov.names.NameTransliteration}: the Cyrillic to Latin systems (BGN/PCGN, ISO 9,
 *       GOST 7.79-B, ICAO 2013, ALA-LC, German, Polish, French, Czech, Ukrainian national and BGN, Belarusian
 *       BGN), each with {@code transliterate(String)} and a {@code label()} for match reasons.</li>
 *   <li>{@link org.snegov.names.NameKeys}: {@code canonical(String)} — one lossy key per word that meets across
 *       scripts and romanisations (Снегов, Снєгов, Snegov, Snegow, Sniegow, Snegoff → "snagav");
 *       {@code readings(String)} — the keys of a Latin word read back under every system (for French "Joukov" or
 *       German "Chruschtschow"); {@code beiderMorse(String)}; {@code fold(String)}; {@code systemsReading} for
 *       explanations.</li>
 *   <li>{@link org.snegov.names.GivenNameGroups}: variant groups (Алексей, Алёша, Олексій, Аляксей, Alexis…).</li>
 *   <li>{@link org.snegov.names.NameParts}: surname, given name, patronymic — full, initial or missing — in
 *       either order.</li>
 *   <li>{@link org.snegov.names.SurnameForms}: feminine and masculine forms, related but not equal.</li>
 * </ul>
 * Every method is total: bad input gives an empty or unchanged result, never an exception. Nothing here knows of
 * the store, search or the web.
 */
package org.snegov.names;
