/**
 * Record linkage: which records describe the same person, with the reasons why.
 *
 * <p>Blocking ({@link org.snegov.link.Blocker}) proposes candidate pairs as a union of cheap keys; comparisons
 * ({@link org.snegov.link.FieldComparator}) grade each field of a pair into levels; a Fellegi–Sunter model
 * ({@link org.snegov.link.MatchModel}, trained by {@link org.snegov.link.ModelTrainer} with EM) turns levels into
 * match weights with term-frequency adjustments; {@link org.snegov.link.Clusterer} groups scored pairs into
 * persons, guarded against chaining and bound by human decisions; {@link org.snegov.link.Linker} runs the whole.
 *
 * <p>Nothing here does I/O, touches a store or an index: callers hand in {@link org.snegov.link.LinkRecord}s and
 * get values back, so a Spark job can call the same code on partitions. Depends on the JDK, ICU4J and
 * commons-codec and the names and places modules (whose tables are class-path resources, loaded once). Name
 * normalisation sits behind {@link org.snegov.link.NameNormalizer}; {@link org.snegov.link.Linker#of} wires
 * {@link org.snegov.link.CrossScriptNameNormalizer} (cross-script readings, given-name groups) and
 * {@link org.snegov.link.GazetteerPlaceResolver} (GeoNames ids, provinces as regions).
 */
package org.snegov.link;
