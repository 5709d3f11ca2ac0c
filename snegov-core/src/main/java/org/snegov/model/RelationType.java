package org.snegov.model;

import java.util.Locale;

/** How a mentioned person stood to the subject, as the text states it. */
public enum RelationType {
    /** The subject advised them. */
    ADVISED,
    /** They advised the subject. */
    ADVISED_BY,
    /** They worked together. */
    WORKED_WITH,
    /** They knew each other. */
    ACQUAINTED_WITH,
    /** They denounced the subject. */
    DENOUNCED_BY;

    /** The lower-case code used in JSON: {@code advised_by}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
