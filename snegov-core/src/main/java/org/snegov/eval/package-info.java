/**
 * Scoring of extraction against gold data, exactly as the evaluation set's README states it: events matched
 * one-to-one by type, agreeing date and overlapping evidence (type {@code other} not scored), micro-averaged
 * precision, recall and F1 per type and overall; birth and death accuracy by date and first toponym; recall of
 * the people mentioned. Plain records in, plain records out: reading gold JSON belongs to the application.
 */
package org.snegov.eval;
