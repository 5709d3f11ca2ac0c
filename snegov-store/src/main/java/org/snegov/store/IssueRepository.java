package org.snegov.store;

import java.util.List;
import org.snegov.model.Issue;

/** The problems readers found in sources. */
public interface IssueRepository {

    /** Stores the issues of one source, in order. */
    void add(String sourceId, List<Issue> issues);

    /** The issues of a source in the order found; empty when none. */
    List<Issue> ofSource(String sourceId);
}
