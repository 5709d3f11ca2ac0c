/**
 * Scoring a linkage against ground truth: pairwise and B-cubed precision, recall and F1 of predicted clusters.
 * Plain values in, a score out; reading files is the caller's job.
 */
package org.snegov.eval.linkage;
