/**
 * Search over persons with Lucene: the indexer that turns persons into documents carrying name keys (canonical,
 * per-system readings, given-name groups, initials, neutral surname keys, Beider–Morse codes from
 * {@code org.snegov.names}) and gazetteer place keys ({@code org.snegov.places}); the fielded query syntax
 * ({@link org.snegov.search.PersonQuery}); the searcher with its ranking by evidence, match reasons and facets.
 * Depends on the model, names and places only; knows nothing of the store or the web.
 */
package org.snegov.search;
