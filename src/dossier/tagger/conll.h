// Reads CoNLL-style NER corpora into training sentences.
//
// One token per line, the word in the first column and the tag in the last; columns are
// separated by tabs when the line has any, else by spaces. A blank line ends a sentence;
// "-DOCSTART-" lines are skipped. Tags are "O", "B-label" or "I-label" (IOB1 or BIO: an I
// that does not continue an entity of its type starts one).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/tagger/trainer.h"

namespace dossier {

// How a corpus' labels map to the tagger's types.
struct TagMapping {
  std::string name;
  // Corpus label -> "PER", "ORG", "LOC", "GRP", or "" for outside. Labels are case-sensitive.
  std::vector<std::pair<std::string, std::string>> labels;
  // When set, a GRP entity whose exact text is tagged LOC more often than GRP in the same
  // file becomes LOC (GMB tags some country names "gpe" like the nationality adjectives).
  bool grp_to_loc_by_majority = false;
};

// The built-in mappings: "gmb-en" (per, org, geo -> LOC, gpe -> GRP with the majority rule;
// tim, art, eve, nat -> O), "wikiner-ru" (PER, ORG, LOC; MISC -> O) and "bio" (PER, ORG, LOC,
// GRP as they are). nullopt for other names.
std::optional<TagMapping> find_tag_mapping(std::string_view name);

// Appends the sentences of `path` to *out (lex bits all zero). On a malformed line (a column
// count different from the file's first token line, fewer than two columns, an unknown tag)
// or an unreadable file throws Error "path:line: message" ("path: cannot open") and leaves
// *out unchanged.
void read_conll(const std::filesystem::path& path, const TagMapping& mapping,
                std::vector<TrainingSentence>* out);

}  // namespace dossier
