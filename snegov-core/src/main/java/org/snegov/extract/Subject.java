package org.snegov.extract;

/** Whose event a trigger states, as far as the sentence tells. */
public enum Subject {
    /** The biography's subject: a name of theirs, "he" or "she", or their possession ("his release"). */
    SUBJECT,
    /** Someone or something else: another name, a relative ("her husband"), a group ("its leadership"). */
    OTHER,
    /** The sentence does not tell; biographies being about their subject, callers usually keep the event. */
    UNKNOWN
}
