// The lexicon-membership features the NER tagger reads, from gazetteer matches.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "dossier/lexicon/gazetteer.h"
#include "dossier/tagger/tagger_token.h"

namespace dossier {

// Sets tokens[i].lex from the gazetteer matches over `tokens` (the same
// tokens, as byte spans of text) and returns those matches. Training and
// tagging both use this, so a model sees the same features in both.
std::vector<LexMatch> set_lexicon_bits(const Gazetteer& gazetteer, std::string_view text,
                                       std::span<const Token> spans, std::span<TaggerToken> tokens);

}  // namespace dossier
