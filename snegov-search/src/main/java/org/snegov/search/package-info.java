/**
 * Search over persons with Lucene: the analyzers that make names meet across scripts, the indexer that turns
 * persons into documents, and the searcher. Depends on the model only; knows nothing of the store or the web.
 */
package org.snegov.search;
