#include "dossier/pipeline/models.h"

#include "dossier/extract/language_pack.h"

namespace dossier {

std::unique_ptr<Models> Models::load(const ModelOptions& options) {
  auto models = std::make_unique<Models>();
  models->transliteration = options.transliteration;
  models->gazetteer = Gazetteer::load(options.data_dir / "lexicon");
  // The incident stage's word lists, from the same data when it holds them.
  if (std::filesystem::is_directory(options.data_dir / "lang"))
    use_language_packs(options.data_dir / "lang");
  const std::filesystem::path ner = options.data_dir / "ner";
  if (std::filesystem::exists(ner / "en.model")) models->tagger = Tagger::load(ner / "en.model");
  if (std::filesystem::exists(ner / "ru.model")) models->ru_tagger = Tagger::load(ner / "ru.model");
  models->incidents = IncidentModels::load(options.data_dir / "incidents");
  std::filesystem::path shipped = options.data_dir / "aliases.tsv";
  if (std::filesystem::exists(shipped)) models->rules.load(shipped);
  if (!options.user_aliases.empty()) models->rules.load(options.user_aliases);
  return models;
}

const Tagger* Models::tagger_for(std::string_view language) const {
  if (language == "ru" && ru_tagger) return ru_tagger.get();
  return tagger.get();
}

}  // namespace dossier
