/**
 * Places of the former USSR: a gazetteer of cities with their historical names and validity periods
 * ({@link org.snegov.places.Gazetteer}), resolving what records write ("Киевская губ., г. Киев", "Ленинград",
 * "Kyiv, Ukraine") to one GeoNames id ({@link org.snegov.places.PlaceMatch#key()}). Depends on
 * {@code org.snegov.names} for the cross-script keys. Data: GeoNames (CC BY 4.0), see ATTRIBUTION.md.
 */
package org.snegov.places;
