package org.snegov.app.service;

import java.util.List;
import org.snegov.store.SourceSummary;
import org.snegov.store.StoreCounts;

/**
 * The registry's numbers and its latest sources, for the home page.
 *
 * @param counts        persons, records, sources and events by type
 * @param recentSources the newest sources, at most ten
 */
public record RegistryStats(StoreCounts counts, List<SourceSummary> recentSources) {

    public RegistryStats {
        recentSources = List.copyOf(recentSources);
    }

    /** The statistics of {@code registry}. */
    public static RegistryStats of(Registry registry) {
        return registry.store().read(r -> new RegistryStats(r.counts(),
                r.sources().list().stream().limit(10).toList()));
    }
}
