/**
 * The registry's values: sources, the records readers make of them, their claims (names, dates, places,
 * events, mentions, relations) with evidence, and persons. Depends on nothing but the JDK. No I/O, no
 * parsing of source formats (that is {@code read}), no normalisation beyond what a value needs to be valid.
 */
package org.snegov.model;
