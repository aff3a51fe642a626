#include "dossier/pipeline/lexicon_annotator.h"

#include "dossier/extract/lexicon_bits.h"

namespace dossier {

LexiconAnnotator lexicon_annotator(std::shared_ptr<const Models> models) {
  return [models](std::string_view joined, std::vector<TaggerToken>& tokens) {
    std::vector<Token> spans;
    spans.reserve(tokens.size());
    for (const auto& t : tokens) {
      auto start = static_cast<std::uint32_t>(t.text.data() - joined.data());
      spans.push_back({start, static_cast<std::uint32_t>(start + t.text.size())});
    }
    set_lexicon_bits(*models->gazetteer, joined, spans, tokens);
  };
}

}  // namespace dossier
