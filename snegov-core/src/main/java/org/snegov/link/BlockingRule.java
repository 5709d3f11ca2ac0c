package org.snegov.link;

import java.util.List;

/**
 * A blocking rule: two records are a candidate pair when every part of the key is present and equal. A record
 * missing any part has no key under this rule.
 */
public record BlockingRule(List<KeyPart> parts) {

    public BlockingRule {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a blocking rule needs at least one key part");
        }
    }

    /** Parses {@code "surname:skeleton + birth_date:year"}. */
    public static BlockingRule parse(String text) {
        return new BlockingRule(java.util.Arrays.stream(text.split("\\+")).map(KeyPart::parse).toList());
    }

    @Override
    public String toString() {
        return String.join(" + ", parts.stream().map(KeyPart::toString).toList());
    }
}
