// Finds entity mentions in a segmented document: lexicon matches, tagger spans
// and the naming patterns of news text, merged into one non-overlapping set.
#pragma once

#include <string_view>

#include "dossier/extract/mention.h"
#include "dossier/extract/name_rules.h"
#include "dossier/lexicon/gazetteer.h"
#include "dossier/segment/segmenter.h"
#include "dossier/tagger/tagger.h"

namespace dossier {

class MentionFinder {
 public:
  // All references must outlive the finder; tagger may be null (lexicon and
  // patterns only). The finder holds no mutable state: find() is thread-safe.
  MentionFinder(const Gazetteer& gazetteer, const Tagger* tagger, const NameRules& rules)
      : gazetteer_(gazetteer), tagger_(tagger), rules_(rules) {}

  // Mentions sorted by start, never overlapping, each trimmed of titles,
  // articles and possessives; plus the alias links the text states.
  MentionSet find(std::string_view text, const Segmentation& seg) const;

 private:
  const Gazetteer& gazetteer_;
  const Tagger* tagger_;
  const NameRules& rules_;
};

}  // namespace dossier
