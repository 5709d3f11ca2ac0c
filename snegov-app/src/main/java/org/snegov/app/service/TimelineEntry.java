package org.snegov.app.service;

import org.snegov.model.LifeEvent;

/**
 * One event on a person's timeline, with where it comes from.
 *
 * @param event      the event
 * @param sourceId   the source it was read from
 * @param sourceName the source's file name
 * @param excerpt    its evidence in context
 */
public record TimelineEntry(LifeEvent event, String sourceId, String sourceName, Excerpt excerpt) {

    /** The anchor of this event's evidence on the source page. */
    public String anchor() {
        return "ev-" + event.evidence().start();
    }
}
