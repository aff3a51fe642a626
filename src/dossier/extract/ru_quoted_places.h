// Places that Russian reports write as a name in quotes after the kind of place:
// на станции «Лубянка», в аэропорту "Домодедово", в концертном зале «Крокус Сити Холл»,
// на «Парке культуры». The tagger misses most of them; the quotes and the noun say what
// they are.
#pragma once

#include <string_view>
#include <vector>

#include "dossier/extract/mention.h"
#include "dossier/segment/segmenter.h"

namespace dossier::ru {

// Location mentions (origin "pattern") for quoted names whose first word is capitalized,
// at most six tokens long, right after a place noun (станция, аэропорт, вокзал, улица,
// площадь, театр, колледж, школа, центр, зал, парк, рынок, гостиница ...) or the
// preposition "на"; the span excludes the quotes. In text order.
std::vector<Mention> quoted_places(std::string_view text, const Segmentation& seg);

// `extra` mentions added to *set where they overlap none already there, keeping it sorted.
void merge_mentions(const std::vector<Mention>& extra, MentionSet* set);

// The quoted places of `text` merged into *set: the Russian grammar's pattern mentions
// (IncidentLanguage::add_pattern_mentions).
void add_quoted_places(std::string_view text, const Segmentation& seg, MentionSet* set);

}  // namespace dossier::ru
