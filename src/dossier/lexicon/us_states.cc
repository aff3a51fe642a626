#include "dossier/lexicon/us_states.h"

#include <cctype>
#include <utility>

namespace dossier {

std::string_view ap_state_code(std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kAp[] = {
      {"Ala.", "al"},  {"Ariz.", "az"}, {"Ark.", "ar"},  {"Calif.", "ca"}, {"Colo.", "co"},
      {"Conn.", "ct"}, {"Del.", "de"},  {"D.C.", "dc"},  {"Fla.", "fl"},   {"Ga.", "ga"},
      {"Ill.", "il"},  {"Ind.", "in"},  {"Kan.", "ks"},  {"Kans.", "ks"},  {"Ky.", "ky"},
      {"La.", "la"},   {"Md.", "md"},   {"Mass.", "ma"}, {"Mich.", "mi"},  {"Minn.", "mn"},
      {"Miss.", "ms"}, {"Mo.", "mo"},   {"Mont.", "mt"}, {"Neb.", "ne"},   {"Nebr.", "ne"},
      {"Nev.", "nv"},  {"N.H.", "nh"},  {"N.J.", "nj"},  {"N.M.", "nm"},   {"N.Y.", "ny"},
      {"N.C.", "nc"},  {"N.D.", "nd"},  {"Okla.", "ok"}, {"Ore.", "or"},   {"Pa.", "pa"},
      {"R.I.", "ri"},  {"S.C.", "sc"},  {"S.D.", "sd"},  {"Tenn.", "tn"},  {"Tex.", "tx"},
      {"Vt.", "vt"},   {"Va.", "va"},   {"Wash.", "wa"}, {"W.Va.", "wv"},  {"W. Va.", "wv"},
      {"Wis.", "wi"},  {"Wisc.", "wi"}, {"Wyo.", "wy"}};
  for (const auto& [ap, code] : kAp)
    if (text.starts_with(ap) &&
        (text.size() == ap.size() || !std::isalpha(static_cast<unsigned char>(text[ap.size()]))))
      return code;
  return {};
}

}  // namespace dossier
