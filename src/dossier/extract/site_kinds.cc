#include "dossier/extract/site_kinds.h"

#include <string_view>
#include <unordered_map>
#include <utility>

namespace dossier {
namespace {

constexpr std::pair<unsigned, std::string_view> kNames[] = {
    {kSiteMetro, "metro"},     {kSiteAirport, "airport"},   {kSiteHotel, "hotel"},
    {kSiteSchool, "school"},   {kSiteWorship, "worship"},   {kSiteMarket, "market"},
    {kSiteStadium, "stadium"}, {kSiteStage, "stage"},       {kSiteHospital, "hospital"},
    {kSiteEmbassy, "embassy"}, {kSiteBus, "bus"},           {kSiteTrain, "train"},
    {kSiteRally, "rally"},     {kSitePrison, "prison"},     {kSiteCourt, "court"},
    {kSitePlane, "plane"},     {kSiteMilitary, "military"}, {kSiteCrowd, "crowd"},
};

}  // namespace

unsigned english_site_kinds(const std::vector<std::string>& words) {
  static const std::unordered_map<std::string_view, unsigned> kWords = {
      {"metro", kSiteMetro},         {"subway", kSiteMetro},          {"airport", kSiteAirport},
      {"airports", kSiteAirport},    {"hotel", kSiteHotel},           {"hotels", kSiteHotel},
      {"school", kSiteSchool},       {"schools", kSiteSchool},        {"university", kSiteSchool},
      {"college", kSiteSchool},      {"schoolchildren", kSiteSchool}, {"mosque", kSiteWorship},
      {"mosques", kSiteWorship},     {"church", kSiteWorship},        {"churches", kSiteWorship},
      {"cathedral", kSiteWorship},   {"synagogue", kSiteWorship},     {"temple", kSiteWorship},
      {"shrine", kSiteWorship},      {"market", kSiteMarket},         {"marketplace", kSiteMarket},
      {"bazaar", kSiteMarket},       {"mall", kSiteMarket},           {"supermarket", kSiteMarket},
      {"stadium", kSiteStadium},     {"concert", kSiteStage},         {"theater", kSiteStage},
      {"theatre", kSiteStage},       {"nightclub", kSiteStage},       {"hospital", kSiteHospital},
      {"embassy", kSiteEmbassy},     {"consulate", kSiteEmbassy},     {"bus", kSiteBus},
      {"buses", kSiteBus},           {"train", kSiteTrain},           {"trains", kSiteTrain},
      {"railway", kSiteTrain},       {"rally", kSiteRally},           {"demonstration", kSiteRally},
      {"protest", kSiteRally},       {"protesters", kSiteRally},      {"prison", kSitePrison},
      {"jail", kSitePrison},         {"inmates", kSitePrison},        {"court", kSiteCourt},
      {"courthouse", kSiteCourt},    {"plane", kSitePlane},           {"planes", kSitePlane},
      {"airliner", kSitePlane},      {"aircraft", kSitePlane},        {"barracks", kSiteMilitary},
      {"checkpoint", kSiteMilitary}, {"base", kSiteMilitary},         {"promenade", kSiteCrowd},
      {"festival", kSiteCrowd},      {"parade", kSiteCrowd},          {"celebrations", kSiteCrowd},
      {"revelers", kSiteCrowd},      {"revellers", kSiteCrowd},       {"pedestrians", kSiteCrowd},
  };
  unsigned kinds = 0;
  for (const std::string& w : words)
    if (auto it = kWords.find(w); it != kWords.end()) kinds |= it->second;
  return kinds;
}

std::string site_kind_names(unsigned kinds) {
  std::string out;
  for (const auto& [bit, name] : kNames)
    if (kinds & bit) {
      if (!out.empty()) out += ", ";
      out += name;
    }
  return out;
}

}  // namespace dossier
