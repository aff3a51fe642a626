#include "dossier/extract/site_kinds.h"

#include <string_view>
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

unsigned site_kind_named(std::string_view name) {
  for (const auto& [bit, n] : kNames)
    if (n == name) return bit;
  return 0;
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
