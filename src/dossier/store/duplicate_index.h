// The stored side of duplicate detection: paragraph hashes and MinHash band keys of every
// document, queried before a new document is added.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "dossier/store/minhash.h"
#include "dossier/store/paragraphs.h"
#include "dossier/store/statement.h"

namespace dossier {

// A paragraph of a new document whose normalized text occurs earlier: in the same document
// (other_document == 0) or in a stored document.
struct RepeatedParagraph {
  std::uint32_t start;  // [start, end) in the new document
  std::uint32_t end;
  std::int64_t other_document;  // 0 = the same document
  std::uint32_t other_start;    // start of the earlier occurrence
};

// The stored document most similar to a new one.
struct SimilarDocument {
  std::int64_t document = 0;  // 0 = none reached the threshold
  double similarity = 0;      // estimated Jaccard similarity of word 5-shingles
};

// Operates inside the caller's transaction; statements are prepared once. Throws
// StoreError on SQLite failures.
class DuplicateIndex {
 public:
  explicit DuplicateIndex(sqlite3* db);

  // For each paragraph whose hash occurred before in `paragraphs` (listed in text order),
  // the first earlier occurrence in this document; otherwise, for one that occurs in a
  // stored document, its occurrence in the lowest-numbered such document.
  std::vector<RepeatedParagraph> repeated(const std::vector<ParagraphHash>& paragraphs);

  // The stored document with the highest estimated similarity >= threshold (the lowest id
  // on ties), among those sharing a band key with `signature`.
  SimilarDocument most_similar(const MinHashSignature& signature, double threshold);

  // Records the paragraphs and signature of stored document `document`.
  void add(std::int64_t document, const std::vector<ParagraphHash>& paragraphs,
           const std::optional<MinHashSignature>& signature);

 private:
  Statement find_paragraph_;
  Statement insert_paragraph_;
  Statement find_band_;
  Statement find_signature_;
  Statement insert_signature_;
  Statement insert_band_;
};

}  // namespace dossier
