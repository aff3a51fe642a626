// Full-text search over document titles and texts (FTS5, porter stemming, diacritics
// folded).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// Matched terms in snippets are wrapped in these markers.
inline constexpr std::string_view kHighlightBegin = "\u00ab";  // «
inline constexpr std::string_view kHighlightEnd = "\u00bb";    // »
// Marks text left out at either end of a snippet.
inline constexpr std::string_view kSnippetEllipsis = "\u2026";  // …

struct SearchHit {
  std::int64_t document;
  std::string source, title, published;
  std::string snippet;  // up to ~16 tokens around the best match, highlighted
  double score;         // -bm25 (title weighted 2x): higher is better
};

// Up to `limit` documents matching `query` (none when limit is 0, all when it is negative),
// best first, after skipping the `offset` best. The query is FTS5 syntax (words,
// "phrases", AND/OR/NOT, prefix*, NEAR); when it does not parse as such (e.g. "ISIS-K",
// "al-Shabaab's"), each whitespace-separated term is quoted and all must match. Throws
// Error "invalid search query: <reason>" when that fails too or the query is empty, and
// StoreError for I/O failures.
std::vector<SearchHit> search_documents(sqlite3* db, std::string_view query, std::int64_t limit,
                                        std::int64_t offset = 0);

// `query` with every whitespace-separated term as an FTS5 string ("..." with inner quotes
// doubled); empty when the query has no term.
std::string quote_terms(std::string_view query);

}  // namespace dossier
