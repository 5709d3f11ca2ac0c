/**
 * Tabular sources: CSV, TSV and JSON Lines, streamed row by row with each field's character span, a column
 * mapping onto record fields, and the readers of rows (the Person CSV). Parsing of CSV is FastCSV's; this
 * package adds format detection, offsets and mapping. A bad row is an issue, never an exception; a wrong
 * mapping is an {@link java.lang.IllegalArgumentException} naming the column and those that exist.
 */
package org.snegov.read.tabular;
