#include "dossier/extract/lexicon_bits.h"

namespace dossier {

std::vector<LexMatch> set_lexicon_bits(const Gazetteer& gazetteer, std::string_view text,
                                       std::span<const Token> spans,
                                       std::span<TaggerToken> tokens) {
  std::vector<LexMatch> matches = gazetteer.match(text, spans);
  for (const LexMatch& m : matches) {
    std::uint8_t bit = 0;
    switch (gazetteer.entry(m.entry).type) {
      case EntityType::kPerson:
        bit = kLexPerson;
        break;
      case EntityType::kOrganization:
        bit = kLexOrganization;
        break;
      case EntityType::kLocation:
        bit = kLexLocation;
        break;
      case EntityType::kGroup:
        bit = kLexGroup;
        break;
    }
    for (std::uint32_t i = m.first_token; i < m.end_token; ++i)
      tokens[i].lex |= bit | (i == m.first_token ? kLexBegin : kLexInside);
  }
  return matches;
}

}  // namespace dossier
