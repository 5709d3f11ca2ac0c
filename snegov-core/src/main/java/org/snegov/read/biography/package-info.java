/**
 * The biography format: a {@code = Title =} first line, an optional infobox of {@code - Key: Value} lines
 * (possibly under a line repeating the name), {@code == Section ==} headings and paragraphs separated by blank
 * lines. {@link org.snegov.read.biography.BiographyParser} splits such a text into an
 * {@link org.snegov.extract.BiographyDocument}; {@link org.snegov.read.biography.BiographyReader} parses and
 * extracts one record per biography. The extraction rules themselves live in {@code org.snegov.extract}.
 */
package org.snegov.read.biography;
