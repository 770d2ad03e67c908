/**
 * Full-text search with Apache Lucene. The index is a per-node cache of the database: it can always be
 * rebuilt from it, and each node keeps its own copy.
 */
package eu.socialmap.search;
