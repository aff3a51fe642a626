// Everything extraction reads but never changes: lexicons, the NER model and
// the analyst's naming rules. Loaded once, shared by all worker threads.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "dossier/extract/name_rules.h"
#include "dossier/incidents/page_incident.h"
#include "dossier/lexicon/gazetteer.h"
#include "dossier/tagger/tagger.h"

namespace dossier {

struct ModelOptions {
  std::filesystem::path data_dir;      // lexicon/, ner/<language>.model, incidents/, aliases.tsv
  std::filesystem::path user_aliases;  // optional analyst aliases file (empty: none)
  bool transliteration = true;         // match names across scripts
};

struct Models {
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<Tagger> tagger;     // English; null when no model file is shipped
  std::unique_ptr<Tagger> ru_tagger;  // Russian; null when no model file is shipped
  NameRules rules;
  IncidentModels incidents;  // the date and place models of the incident stage
  bool transliteration = true;

  // Never returns null. Throws Error naming the file and line at fault when a lexicon, the
  // model or an aliases file cannot be read.
  static std::unique_ptr<Models> load(const ModelOptions& options);

  // The tagger for an ISO 639-1 language code: Russian for "ru" when shipped, else English
  // (null when neither is).
  const Tagger* tagger_for(std::string_view language) const;
};

}  // namespace dossier
