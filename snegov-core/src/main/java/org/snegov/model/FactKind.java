package org.snegov.model;

import java.util.Locale;

/** What a {@link Fact} states: the claims of victim lists that have no place among names, vitals and events. */
public enum FactKind {
    /** Nationality as written ("русский", "полька"). */
    NATIONALITY,
    /** Party membership as written ("член ВКП(б) с 1930", "б/п"). */
    PARTY,
    /** Occupation and workplace as written. */
    OCCUPATION,
    /** Address at the time of arrest as written. */
    ADDRESS,
    /** Burial place ("Бутово"). */
    BURIAL_PLACE,
    /** The body that passed a sentence ("Коллегией ОГПУ СССР", "Тройкой"). */
    SENTENCING_BODY,
    /** The charge ("по обвинению в антисоветской агитации", "ст. 58-10"). */
    CHARGE,
    /** The sentence passed ("к 3 годам ИТЛ"). */
    SENTENCE_TERM,
    /** The body that rehabilitated ("ВКВС СССР", "Прокуратурой Курской обл."). */
    REHABILITATING_BODY;

    /** The lower-case code used in JSON and the store: {@code burial_place}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
