#include "dossier/store/duplicate_index.h"

#include <algorithm>
#include <unordered_map>

namespace dossier {

DuplicateIndex::DuplicateIndex(sqlite3* db)
    : find_paragraph_(db,
                      "SELECT document, start FROM paragraphs WHERE hash = ? "
                      "ORDER BY document, start LIMIT 1"),
      insert_paragraph_(db,
                        "INSERT OR IGNORE INTO paragraphs (hash, document, start, end) "
                        "VALUES (?, ?, ?, ?)"),
      find_band_(db, "SELECT document FROM signature_bands WHERE band_key = ?"),
      find_signature_(db, "SELECT minhash FROM signatures WHERE document = ?"),
      insert_signature_(db, "INSERT OR IGNORE INTO signatures (document, minhash) VALUES (?, ?)"),
      insert_band_(db, "INSERT OR IGNORE INTO signature_bands (band_key, document) VALUES (?, ?)") {
}

std::vector<RepeatedParagraph> DuplicateIndex::repeated(
    const std::vector<ParagraphHash>& paragraphs) {
  std::vector<RepeatedParagraph> result;
  std::unordered_map<std::uint64_t, std::uint32_t> first_start;
  for (const ParagraphHash& p : paragraphs) {
    auto [it, inserted] = first_start.emplace(p.hash, p.start);
    if (!inserted) {
      result.push_back({p.start, p.end, 0, it->second});
      continue;
    }
    find_paragraph_.reset();
    find_paragraph_.bind(1, static_cast<std::int64_t>(p.hash));
    if (find_paragraph_.step()) {
      result.push_back({p.start, p.end, find_paragraph_.column_int(0),
                        static_cast<std::uint32_t>(find_paragraph_.column_int(1))});
      find_paragraph_.reset();
    }
  }
  return result;
}

SimilarDocument DuplicateIndex::most_similar(const MinHashSignature& signature, double threshold) {
  std::vector<std::int64_t> candidates;
  for (std::int64_t key : band_keys(signature)) {
    find_band_.reset();
    find_band_.bind(1, key);
    while (find_band_.step()) candidates.push_back(find_band_.column_int(0));
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  SimilarDocument best;
  for (std::int64_t candidate : candidates) {
    find_signature_.reset();
    find_signature_.bind(1, candidate);
    if (!find_signature_.step()) continue;
    std::optional<MinHashSignature> stored = parse_signature(find_signature_.column_blob(0));
    find_signature_.reset();
    if (!stored) continue;
    double similarity = estimated_jaccard(signature, *stored);
    if (similarity >= threshold && similarity > best.similarity) {
      best = {candidate, similarity};
    }
  }
  return best;
}

void DuplicateIndex::add(std::int64_t document, const std::vector<ParagraphHash>& paragraphs,
                         const std::optional<MinHashSignature>& signature) {
  for (const ParagraphHash& p : paragraphs) {
    insert_paragraph_.reset();
    insert_paragraph_.bind_all(static_cast<std::int64_t>(p.hash), document, std::int64_t{p.start},
                               std::int64_t{p.end});
    insert_paragraph_.run();
  }
  if (!signature) return;
  std::string bytes = serialize(*signature);
  insert_signature_.reset();
  insert_signature_.bind(1, document).bind_blob(2, bytes.data(), bytes.size());
  insert_signature_.run();
  for (std::int64_t key : band_keys(*signature)) {
    insert_band_.reset();
    insert_band_.bind_all(key, document);
    insert_band_.run();
  }
}

}  // namespace dossier
