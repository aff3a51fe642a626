// The per-document half of the pipeline: segment, find mentions, group them,
// find events and figures. A pure function of (document, models).
#pragma once

#include <string>
#include <vector>

#include "dossier/core/document.h"
#include "dossier/extract/document_entities.h"
#include "dossier/extract/event_finder.h"
#include "dossier/extract/mention.h"
#include "dossier/pipeline/models.h"
#include "dossier/segment/segmenter.h"

namespace dossier {

struct Extraction {
  std::string language;  // ISO 639-1 or "und"
  MentionSet mentions;
  std::vector<DocEntity> entities;  // each mention belongs to exactly one
  std::vector<DocEvent> events;     // incidents of this document
};

// The whole per-document reading: the incident rules, then the page stage that settles the
// report's main incident with the trained date and place models (incidents/page_incident.h).
Extraction extract_document(const Document& doc, const Models& models);

// The incident rules' reading alone, without the page stage; *seg receives the
// segmentation. What the incident models are trained on.
Extraction extract_by_rules(const Document& doc, const Models& models, Segmentation* seg);

}  // namespace dossier
