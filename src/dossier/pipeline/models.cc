#include "dossier/pipeline/models.h"

namespace dossier {

std::unique_ptr<Models> Models::load(const ModelOptions& options, std::string* error) {
  auto models = std::make_unique<Models>();
  models->transliteration = options.transliteration;
  models->gazetteer = Gazetteer::load(options.data_dir / "lexicon", error);
  if (!models->gazetteer) return nullptr;
  std::filesystem::path model = options.data_dir / "ner" / "en.model";
  if (std::filesystem::exists(model)) {
    models->tagger = Tagger::load(model, error);
    if (!models->tagger) return nullptr;
  }
  std::filesystem::path shipped = options.data_dir / "aliases.tsv";
  if (std::filesystem::exists(shipped) && !models->rules.load(shipped, error)) return nullptr;
  if (!options.user_aliases.empty() && !models->rules.load(options.user_aliases, error))
    return nullptr;
  return models;
}

}  // namespace dossier
