#include "dossier/pipeline/document_extraction.h"

#include "dossier/extract/incident_language.h"
#include "dossier/extract/mention_finder.h"
#include "dossier/segment/language.h"
#include "dossier/segment/segmenter.h"

namespace dossier {

Extraction extract_by_rules(const Document& doc, const Models& models, Segmentation* seg_out) {
  Extraction out;
  out.language = detect_language(doc.text);
  Segmentation& seg = *seg_out;
  seg = segment(doc.text);
  MentionFinder finder(*models.gazetteer, models.tagger_for(out.language), models.rules);
  out.mentions = finder.find(doc.text, seg);
  const IncidentLanguage language = incident_language(out.language);
  if (language.add_pattern_mentions) language.add_pattern_mentions(doc.text, seg, &out.mentions);
  out.entities = group_mentions(doc.text, out.mentions, *models.gazetteer, models.rules);
  out.events = find_events(doc.text, seg, out.mentions, out.entities, *models.gazetteer,
                           doc.published, language);
  return out;
}

Extraction extract_document(const Document& doc, const Models& models) {
  Segmentation seg;
  Extraction out = extract_by_rules(doc, models, &seg);
  const PageText page{doc.text, doc.title, doc.published, &seg};
  settle_page_incident(page, *models.gazetteer, models.incidents, &out.mentions, &out.entities,
                       &out.events);
  return out;
}

}  // namespace dossier
