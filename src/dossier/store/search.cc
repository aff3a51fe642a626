#include "dossier/store/search.h"

#include "dossier/store/statement.h"

namespace dossier {
namespace {

constexpr std::string_view kSearchSql =
    "SELECT d.id, d.source, d.title, d.published, "
    "  snippet(documents_fts, -1, '\u00ab', '\u00bb', '\u2026', 16), "
    "  -bm25(documents_fts, 2.0, 1.0) AS score "
    "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
    "WHERE documents_fts MATCH ?1 ORDER BY bm25(documents_fts, 2.0, 1.0) LIMIT ?2 OFFSET ?3";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::vector<SearchHit> run(Statement& statement, std::string_view query, std::int64_t limit,
                           std::int64_t offset) {
  statement.reset();
  statement.bind(1, query).bind(2, limit).bind(3, offset);
  std::vector<SearchHit> hits;
  while (statement.step()) {
    hits.push_back({statement.column_int(0), statement.column_text(1), statement.column_text(2),
                    statement.column_text(3), statement.column_text(4),
                    statement.column_double(5)});
  }
  return hits;
}

}  // namespace

std::string quote_terms(std::string_view query) {
  std::string quoted;
  std::size_t i = 0;
  while (i < query.size()) {
    while (i < query.size() && is_space(query[i])) ++i;
    if (i == query.size()) break;
    if (!quoted.empty()) quoted += ' ';
    quoted += '"';
    for (; i < query.size() && !is_space(query[i]); ++i) {
      if (query[i] == '"') quoted += '"';
      quoted += query[i];
    }
    quoted += '"';
  }
  return quoted;
}

std::vector<SearchHit> search_documents(sqlite3* db, std::string_view query, std::int64_t limit,
                                        std::int64_t offset) {
  std::string quoted = quote_terms(query);
  if (quoted.empty()) throw Error("invalid search query: empty query");
  if (limit == 0) return {};
  // Prepared outside the handlers: a failure here is the store's, not the query's.
  Statement statement(db, kSearchSql);
  try {
    return run(statement, query, limit, offset);
  } catch (const StoreError& raw_error) {
    if ((raw_error.code() & 0xff) != SQLITE_ERROR) throw;
    try {
      return run(statement, quoted, limit, offset);
    } catch (const StoreError& quoted_error) {
      if ((quoted_error.code() & 0xff) != SQLITE_ERROR) throw;
      throw Error("invalid search query: " + raw_error.sqlite_message());
    }
  }
}

}  // namespace dossier
