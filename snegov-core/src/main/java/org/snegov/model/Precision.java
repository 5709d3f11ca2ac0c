package org.snegov.model;

/** How much of a date a source states. */
public enum Precision {
    /** Only the decade: "in the 1930s". */
    DECADE,
    /** Only the year: "1937". */
    YEAR,
    /** Year and month: "June 1937". */
    MONTH,
    /** A calendar day: "4 January 1939". */
    DAY
}
