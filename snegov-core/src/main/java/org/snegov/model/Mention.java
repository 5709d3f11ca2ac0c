package org.snegov.model;

import java.util.Objects;

/**
 * Another person named in a source about its subject.
 *
 * @param name     the fullest form of the name the source gives ("Nikolai Yezhov")
 * @param evidence the first place it is written
 */
public record Mention(String name, Evidence evidence) {

    public Mention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
    }
}
