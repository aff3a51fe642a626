// One document and its extraction as one JSON object: the line `dossier extract`
// writes and `dossier load` reads, so extraction can run anywhere (GNU parallel,
// Spark's RDD.pipe, Hadoop streaming) and the store be written once at the end.
//
//   {"document": {"source", "external_id", "url", "title", "published", "format",
//                 "text", "metadata"},
//    "extraction": {"language", "mentions": {"mentions": [...], "links": [...]},
//                   "entities": [...], "events": [...]}}
//
// Structs map to objects field by field under their C++ member names (one macro
// line per struct in extraction_json.cc lists them: a new field is one word there; a
// field of a new enum type also needs that enum's to_json / from_json pair there),
// enums to their to_string names, dates to {"year", "month", "day", "decade"}.
// Gazetteer entries are written as lexicon keys ("entry": "islamic-state", null
// for none), not indices, so a line is read correctly by a dossier whose lexicon
// differs (an unknown key reads as no entry). Fields missing from a line take
// their defaults, so lines written before a field existed still load.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "dossier/core/document.h"
#include "dossier/lexicon/gazetteer.h"
#include "dossier/pipeline/document_extraction.h"

namespace dossier {

nlohmann::json extraction_to_json(const Document& doc, const Extraction& extraction,
                                  const Gazetteer& gazetteer);

// Reads what extraction_to_json wrote. False with *error when `line` is not such
// an object (a field of the wrong type, an unknown enum name, an index out of range).
bool extraction_from_json(const nlohmann::json& line, const Gazetteer& gazetteer, Document* doc,
                          Extraction* extraction, std::string* error);

}  // namespace dossier
