#include "dossier/extract/incident_language.h"

#include "dossier/extract/event_words.h"
#include "dossier/extract/ru_dates.h"
#include "dossier/extract/ru_figures.h"
#include "dossier/extract/ru_words.h"
#include "dossier/extract/site_kinds.h"

namespace dossier {

const IncidentLanguage& incident_language(std::string_view code) {
  static const IncidentLanguage kEnglish{"en",
                                         find_figures,
                                         find_dates,
                                         incident_trigger,
                                         perpetrator_cue,
                                         names_perpetrator_before,
                                         is_aftermath_word,
                                         is_retrospective_word,
                                         is_place_preposition,
                                         english_site_kinds,
                                         true};
  static const IncidentLanguage kRussian{"ru",
                                         ru::find_figures,
                                         ru::find_dates,
                                         ru::incident_trigger,
                                         ru::perpetrator_cue,
                                         ru::names_perpetrator_before,
                                         ru::is_aftermath_word,
                                         ru::is_retrospective_word,
                                         ru::is_place_preposition,
                                         ru::site_kinds,
                                         false};
  return code == "ru" ? kRussian : kEnglish;
}

}  // namespace dossier
