/**
 * The registry's store: repository interfaces over sources, records with their claims, issues and persons,
 * and their JDBC implementation (Jdbi), with the schema kept as Flyway migrations in
 * {@code db/migration}. The SQL is standard so that a PostgreSQL database can run the same migrations.
 * Nothing here parses sources or knows about search or the web.
 */
package org.snegov.store;
