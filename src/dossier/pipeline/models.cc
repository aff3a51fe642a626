#include "dossier/pipeline/models.h"

namespace dossier {

std::unique_ptr<Models> Models::load(const ModelOptions& options) {
  auto models = std::make_unique<Models>();
  models->transliteration = options.transliteration;
  models->gazetteer = Gazetteer::load(options.data_dir / "lexicon");
  std::filesystem::path model = options.data_dir / "ner" / "en.model";
  if (std::filesystem::exists(model)) models->tagger = Tagger::load(model);
  std::filesystem::path shipped = options.data_dir / "aliases.tsv";
  if (std::filesystem::exists(shipped)) models->rules.load(shipped);
  if (!options.user_aliases.empty()) models->rules.load(options.user_aliases);
  return models;
}

}  // namespace dossier
