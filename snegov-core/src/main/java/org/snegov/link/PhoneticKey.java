package org.snegov.link;

import java.util.List;

/** Phonetic codes of a canonical Latin name; two names sound alike when their codes share a value. Thread-safe. */
public interface PhoneticKey {

    /** The codes of {@code latin}, sorted; may be empty, never null. */
    List<String> codes(String latin);
}
