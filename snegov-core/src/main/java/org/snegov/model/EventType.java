package org.snegov.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What was done to a person, or what they did: the event vocabulary of the evaluation set. */
public enum EventType {
    /** Taken into custody. */
    ARREST,
    /** Let out of prison, camp or exile. */
    RELEASE,
    /** Found not guilty, or the case dropped. */
    ACQUITTAL,
    /** Sentenced by a court or an extrajudicial body (troika, OSO, Military Collegium). */
    SENTENCE,
    /** A Gulag camp, a sharashka, "sent to Kolyma". */
    CAMP,
    /** Exile, deportation, special settlement. */
    EXILE,
    /** Shot or otherwise executed. */
    EXECUTION,
    /** Rehabilitated; a refused rehabilitation is not one. */
    REHABILITATION,
    /** Joined a party. */
    PARTY_JOIN,
    /** Expelled from a party or an organisation. */
    EXPULSION,
    /** Reinstated after an expulsion. */
    REINSTATEMENT,
    /** Held a post or a job. */
    POSITION,
    /** Received an award or a prize. */
    AWARD,
    /** Retired. */
    RETIREMENT,
    /** Testified, at a trial or to an inquiry. */
    TESTIMONY,
    /** Died. */
    DEATH,
    /** Anything else worth a timeline entry: prison stays, education, marriage, publications. */
    OTHER;

    /** The lower-case code used in JSON, CSV and URLs: {@code party_join}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type whose {@link #code()} is {@code code}, if any. */
    public static Optional<EventType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
