// Kinds of place an incident strikes (a metro, an airport, a hotel ...), named by common nouns
// in the incident's sentences. Two reports of one city that name the same kind of site tell
// the same incident more likely than not: the undated-report matcher uses this as a tiebreak.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// One bit per kind; an incident's kinds are the OR of its sentences'.
enum SiteKind : unsigned {
  kSiteMetro = 1u << 0,
  kSiteAirport = 1u << 1,
  kSiteHotel = 1u << 2,
  kSiteSchool = 1u << 3,
  kSiteWorship = 1u << 4,  // mosque, church, synagogue, temple, shrine
  kSiteMarket = 1u << 5,   // market, bazaar, mall, supermarket
  kSiteStadium = 1u << 6,
  kSiteStage = 1u << 7,  // concert, theatre, nightclub
  kSiteHospital = 1u << 8,
  kSiteEmbassy = 1u << 9,
  kSiteBus = 1u << 10,
  kSiteTrain = 1u << 11,  // train, railway, rail station
  kSiteRally = 1u << 12,  // rally, march, demonstration, protest
  kSitePrison = 1u << 13,
  kSiteCourt = 1u << 14,
  kSitePlane = 1u << 15,
  kSiteMilitary = 1u << 16,  // barracks, base, checkpoint, police station
  kSiteCrowd = 1u << 17,     // promenade, festival, parade, celebrations, bike path
};

// The bit of the kind with this name ("metro", "hotel"; as site_kind_names writes them), 0 for
// an unknown name. Language packs name kinds so (language_pack.h).
unsigned site_kind_named(std::string_view name);

// The kinds' names, comma-separated, for explanations ("metro, hotel").
std::string site_kind_names(unsigned kinds);

}  // namespace dossier
