#include "dossier/extract/incident_language.h"

#include "dossier/extract/event_words.h"
#include "dossier/extract/ru_dates.h"
#include "dossier/extract/ru_figures.h"
#include "dossier/extract/ru_quoted_places.h"
#include "dossier/extract/ru_words.h"

namespace dossier {
namespace {

// The grammar modules, by language code (their word lists come from the packs); the first
// serves every language that has none.
const IncidentLanguage kGrammars[] = {
    {"en", nullptr, find_figures, find_dates, perpetrator_cue, names_perpetrator_before,
     earlier_incident_cue, generic_plural, nullptr},
    {"ru", nullptr, ru::find_figures, ru::find_dates, ru::perpetrator_cue,
     ru::names_perpetrator_before, nullptr, nullptr, ru::add_quoted_places},
};

}  // namespace

IncidentLanguage incident_language(std::string_view code) {
  IncidentLanguage language = kGrammars[0];
  for (const IncidentLanguage& g : kGrammars)
    if (g.code == code) language = g;
  language.words = &language_pack(language.code);
  return language;
}

}  // namespace dossier
