package org.snegov.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One imported file or document, kept verbatim.
 *
 * @param id         the lower-case hex SHA-256 of {@code content}: the source's identity, so the same bytes
 *                   are one source whatever their name
 * @param name       the file name it was imported under (no directories), never blank
 * @param mediaType  an IANA media type such as {@code text/plain; charset=UTF-8}
 * @param content    the verbatim bytes; never modified, never null
 * @param importedAt when the bytes were first stored
 */
public record Source(String id, String name, String mediaType, byte[] content, Instant importedAt) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(importedAt, "importedAt");
        if (!id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("source id must be a lower-case hex SHA-256, was '" + id + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("source name must not be blank");
        }
    }

    /** A source of {@code content}, its id computed from the bytes. */
    public static Source of(String name, String mediaType, byte[] content, Instant importedAt) {
        return new Source(sha256(content), name, mediaType, content.clone(), importedAt);
    }

    /** The lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The content decoded as UTF-8; the character offsets of every {@link Evidence} index into this. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** A short prefix of the id, enough to tell sources apart in messages and record ids. */
    public String shortId() {
        return id.substring(0, 12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && s.id.equals(id) && s.name.equals(name) && s.mediaType.equals(mediaType)
                && s.importedAt.equals(importedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, mediaType, importedAt);
    }

    @Override
    public String toString() {
        return "Source[" + shortId() + " " + name + ", " + content.length + " bytes]";
    }
}
