package org.snegov.read.memorial;

/**
 * Party membership at the time of the record, as the party slot states it.
 *
 * @param member true for a current member or candidate, false for a non-member, a former or expelled member;
 *               null when the record says nothing
 * @param party  the party named ("ВКП(б)", "КП Германии"), or null
 * @param since  the start year of that membership, or null
 * @param span   the party slot as written, or null when absent
 */
public record PartyStatus(Boolean member, String party, Integer since, TextSpan span) {

    /** The record says nothing about a party. */
    public static final PartyStatus UNSTATED = new PartyStatus(null, null, null, null);
}
