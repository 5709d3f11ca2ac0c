/**
 * Synthetic victim lists for benchmarks and linkage tests: persons drawn from name and place frequency
 * tables, each written as 1 to 4 records by simulated sources (Cyrillic list, transliterated English list,
 * initials-only card, OCR-like confusions), with hard negatives. Deterministic per seed. No I/O beyond the
 * writer and the optional name tables it is given.
 */
package org.snegov.generate;
