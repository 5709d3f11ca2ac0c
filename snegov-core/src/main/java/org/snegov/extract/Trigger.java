package org.snegov.extract;

import java.util.Objects;
import org.snegov.model.EventType;

/**
 * A word or phrase of a sentence that states an event of some type, before anyone has checked whose event it is.
 *
 * @param type  the event type it states
 * @param start the first character of the trigger, in whole-text offsets
 * @param end   one past its last character
 * @param form  how the trigger is built, which decides how its subject and date are found
 * @param reach one past the last character of the words that complete the trigger's meaning ("sent ... to Kolyma"),
 *              at least {@code end}; evidence reaches that far
 */
public record Trigger(EventType type, int start, int end, Form form, int reach) {

    public Trigger {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(form, "form");
        if (reach < end) reach = end;
    }

    /** A trigger whose meaning is complete in its own words. */
    public Trigger(EventType type, int start, int end, Form form) {
        this(type, start, end, form, end);
    }

    /** How a trigger is built. */
    public enum Form {
        /** A verb or verb phrase ("was arrested", "served as"): its subject is found around it. */
        VERB,
        /** A noun after a possessive ("his release"): the possessor is its subject. */
        NOUN,
        /** A movement or stay whose destination names a camp or exile ("sent to Kolyma"). */
        TRANSFER,
        /** A stay measured by its length ("spent 15 years in the Gulag"): it starts with the event before it. */
        DURATION,
        /**
         * A passive whose agent or beneficiary ends the trigger ("was headed by him", "was awarded to Petrov",
         * "under his direction"): that last word is its subject.
         */
        AGENT,
        /**
         * A further item of a list that a trigger before it opened: another place of a stay ("Held at Inta, then in
         * Pechora") or another award ("the Order of Lenin and the Lenin Prize"). An event of its own, never merged
         * into the one before.
         */
        LISTED
    }
}
