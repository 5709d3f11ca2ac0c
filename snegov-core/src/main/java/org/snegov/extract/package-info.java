/**
 * Rule-based extraction of a person's record from an English biography: the structured biography the
 * extractor reads ({@link org.snegov.extract.BiographyDocument}, with character {@link org.snegov.extract.Span}s),
 * and the small roles that turn it into a {@link org.snegov.model.SourceRecord}: a sentence splitter, an English
 * date finder, event-trigger finders, a subject resolver, a negation detector, a mention finder, a relation
 * finder, vital (birth/death) and name extraction.
 *
 * <p>The structured biography lives here, not in the reader's package, so that readers depend on
 * {@code extract} and never the reverse. No I/O, no source-format parsing (that is
 * {@code org.snegov.read.biography}), no scoring (that is {@code org.snegov.eval}). Rules describe the English of
 * biographies, never particular sentences. Every class is stateless and thread-safe once built.
 */
package org.snegov.extract;
