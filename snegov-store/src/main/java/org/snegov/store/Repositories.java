package org.snegov.store;

/** The repositories of one unit of work: all of them see the same transaction. */
public interface Repositories {

    SourceRepository sources();

    RecordRepository records();

    IssueRepository issues();

    PersonRepository persons();

    StatisticsRepository statistics();

    /** Streamed imports of large lists: chunked source bytes, batches and their checkpoints. */
    ImportRepository imports();

    /** Record linkage: links, decisions, redirects and runs. */
    LinkRepository links();

    /** The registry's numbers as of this unit of work. */
    StoreCounts counts();
}
