// Distances on the Earth's surface, for places known by their coordinates.
#pragma once

namespace dossier {

// Great-circle (haversine) distance in km between two points in degrees, on a sphere of
// 6,371 km.
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace dossier
