#include "dossier/store/store.h"

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

#include "dossier/store/content_hash.h"
#include "dossier/store/migrations.h"
#include "dossier/store/minhash.h"
#include "dossier/store/paragraphs.h"
#include "dossier/store/transaction.h"

namespace dossier {
namespace {

constexpr std::string_view kRowColumns =
    "id, hash, source, external_id, url, title, published, language, format, text, metadata, "
    "ingested_at, near_duplicate_of, similarity";

std::string select_rows(std::string_view where) {
  return "SELECT " + std::string(kRowColumns) + " FROM documents " + std::string(where);
}

DocumentRow read_row(const Statement& s) {
  DocumentRow row;
  row.id = s.column_int(0);
  row.hash = s.column_text(1);
  row.source = s.column_text(2);
  row.external_id = s.column_text(3);
  row.url = s.column_text(4);
  row.title = s.column_text(5);
  row.published = s.column_text(6);
  row.language = s.column_text(7);
  row.format = s.column_text(8);
  row.text = s.column_text(9);
  row.metadata = s.column_text(10);
  row.ingested_at = s.column_text(11);
  row.near_duplicate_of = s.column_is_null(12) ? 0 : s.column_int(12);
  row.similarity = s.column_double(13);
  return row;
}

// The metadata values are JSON texts; one that does not parse is kept as a JSON string.
std::string metadata_json(const std::map<std::string, std::string>& metadata) {
  nlohmann::json object = nlohmann::json::object();
  for (const auto& [key, value] : metadata) {
    nlohmann::json parsed = nlohmann::json::parse(value, nullptr, /*allow_exceptions=*/false);
    object[key] = parsed.is_discarded() ? nlohmann::json(value) : std::move(parsed);
  }
  return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool all_digits(const std::string& s) {
  if (s.empty() || s.size() > 18) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool is_hash(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// True when the database has tables although its user_version is 0: someone else's file.
bool is_foreign(sqlite3* db) {
  if (database_version(db) != 0) return false;
  Statement tables(db, "SELECT count(*) FROM sqlite_schema");
  tables.step();
  bool foreign = tables.column_int(0) > 0;
  tables.reset();
  return foreign;
}

// Checks that the database is a dossier store, sets the connection up and brings the schema
// up to date. Throws StoreError, or Error when the file is someone else's or too new.
void prepare(sqlite3* db) {
  if (is_foreign(db)) throw Error("not a dossier store (an SQLite database with other tables)");
  // The write-ahead log is copied back into the database once it holds 64 MB instead of
  // SQLite's default 4 MB: each copy rewrites (and syncs) every page the log touched, and
  // a large ingest touches the same index pages again and again.
  exec(db,
       "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
       "PRAGMA wal_autocheckpoint = 16384; PRAGMA foreign_keys = ON; "
       "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY");
  migrate(db);
}

}  // namespace

std::unique_ptr<Store> Store::open(const std::filesystem::path& path) {
  auto fail = [&](const std::string& reason) { return Error(path.string() + ": " + reason); };
  sqlite3* raw = nullptr;
  int rc =
      sqlite3_open_v2(path.c_str(), &raw,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  Connection db(raw);
  if (rc != SQLITE_OK) {
    std::string reason = raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    int system_error = raw != nullptr ? sqlite3_system_errno(raw) : 0;
    if (system_error != 0) reason += std::string(" (") + std::strerror(system_error) + ")";
    throw fail("cannot open store: " + reason);
  }
  sqlite3_extended_result_codes(db.get(), 1);
  sqlite3_busy_timeout(db.get(), 5000);
  if (sqlite3_db_readonly(db.get(), "main") == 1) {
    throw fail("cannot open store: the file is not writable");
  }
  try {
    prepare(db.get());
  } catch (const StoreError& e) {
    int primary = e.code() & 0xff;
    if (primary == SQLITE_NOTADB) throw fail("not a dossier store (not an SQLite database)");
    if (primary == SQLITE_READONLY) throw fail("cannot write: " + e.sqlite_message());
    throw fail(e.sqlite_message());
  } catch (const Error& e) {
    throw fail(e.what());
  }
  return std::unique_ptr<Store>(new Store(path, std::move(db)));
}

std::unique_ptr<Store> Store::open_read_only(const std::filesystem::path& path) {
  auto fail = [&](const std::string& reason) { return Error(path.string() + ": " + reason); };
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  Connection db(raw);
  if (rc != SQLITE_OK) {
    std::string reason = raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    throw fail("cannot open store: " + reason);
  }
  sqlite3_extended_result_codes(db.get(), 1);
  sqlite3_busy_timeout(db.get(), 5000);
  try {
    if (is_foreign(db.get()) || database_version(db.get()) == 0) throw Error("not a dossier store");
    if (database_version(db.get()) != schema_version())
      throw Error("schema version " + std::to_string(database_version(db.get())) +
                  ", this binary reads " + std::to_string(schema_version()));
    exec(db.get(), "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY");
  } catch (const StoreError& e) {
    if ((e.code() & 0xff) == SQLITE_NOTADB)
      throw fail("not a dossier store (not an SQLite database)");
    throw fail(e.sqlite_message());
  } catch (const Error& e) {
    throw fail(e.what());
  }
  return std::unique_ptr<Store>(new Store(path, std::move(db)));
}

Store::Store(std::filesystem::path path, Connection db)
    : path_(std::move(path)),
      db_(std::move(db)),
      find_by_hash_(db_.get(),
                    "SELECT id, near_duplicate_of, similarity FROM documents "
                    "WHERE hash = ?"),
      select_by_id_(db_.get(), select_rows("WHERE id = ?")),
      insert_document_(db_.get(),
                       "INSERT INTO documents (hash, source, external_id, url, title, published, "
                       "language, format, text, metadata, ingested_at, near_duplicate_of, "
                       "similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?)"),
      insert_source_(db_.get(),
                     "INSERT OR IGNORE INTO sources (document, source, url, external_id, "
                     "added_at) VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"),
      find_by_key_(db_.get(),
                   "SELECT min(document) FROM sources WHERE source = ?1 OR external_id = ?1"),
      find_by_file_name_(db_.get(),
                         "SELECT min(document) FROM sources "
                         "WHERE substr(source, -length(?1) - 1) = '/' || ?1"),
      select_sources_(db_.get(),
                      "SELECT source FROM sources WHERE document = ? "
                      "GROUP BY source ORDER BY min(id)"),
      count_documents_(db_.get(), "SELECT count(*) FROM documents"),
      index_documents_(db_.get(),
                       "INSERT INTO documents_fts (rowid, title, text) "
                       "SELECT id, title, text FROM documents WHERE id >= ?"),
      insert_page_(db_.get(),
                   "INSERT INTO document_pages (document, number, start) VALUES (?, ?, ?)"),
      select_pages_(db_.get(),
                    "SELECT start FROM document_pages WHERE document = ? ORDER BY number"),
      duplicates_(db_.get()) {}

Store::~Store() = default;

void Store::begin() { exec(db_.get(), "BEGIN IMMEDIATE"); }

void Store::check_references(bool on) {
  exec(db_.get(), on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
}

void Store::commit() {
  index_pending();
  exec(db_.get(), "COMMIT");
}

void Store::rollback() {
  unindexed_from_ = 0;
  exec(db_.get(), "ROLLBACK");
}

// Within one write transaction no other connection inserts documents, and ids only grow, so
// every document with id >= unindexed_from_ was added by this store since the last index.
void Store::index_pending() {
  if (unindexed_from_ == 0) return;
  index_from(unindexed_from_);
  unindexed_from_ = 0;
}

void Store::index_from(std::int64_t first) {
  index_documents_.reset();
  index_documents_.bind(1, first);
  index_documents_.run();
}

bool Store::in_transaction() const { return sqlite3_get_autocommit(db_.get()) == 0; }

Fingerprint fingerprint(std::string_view text) {
  return {content_hash(text), hash_paragraphs(text), minhash(text)};
}

AddResult Store::add_document(const Document& document, const std::string& language) {
  return add_document(document, language, fingerprint(document.text));
}

AddResult Store::add_document(const Document& document, const std::string& language,
                              const Fingerprint& print) {
  const bool in_batch = in_transaction();
  SqlTransaction savepoint(db_.get(), "add_document");
  AddResult result;
  find_by_hash_.reset();
  find_by_hash_.bind(1, print.hash);
  if (find_by_hash_.step()) {
    result.id = find_by_hash_.column_int(0);
    result.near_duplicate_of = find_by_hash_.column_is_null(1) ? 0 : find_by_hash_.column_int(1);
    result.similarity = find_by_hash_.column_double(2);
    find_by_hash_.reset();
  } else {
    result = insert_new_document(document, language, print);
    if (!in_batch)
      index_from(result.id);
    else if (unindexed_from_ == 0)
      unindexed_from_ = result.id;
  }
  insert_source_.reset();
  insert_source_.bind_all(result.id, document.source, document.url, document.external_id);
  insert_source_.run();
  savepoint.commit();
  return result;
}

AddResult Store::insert_new_document(const Document& document, const std::string& language,
                                     const Fingerprint& print) {
  AddResult result;
  result.is_new = true;
  result.repeated_paragraphs = duplicates_.repeated(print.paragraphs);
  if (print.signature) {
    SimilarDocument similar = duplicates_.most_similar(*print.signature, kNearDuplicateSimilarity);
    result.near_duplicate_of = similar.document;
    result.similarity = similar.similarity;
  }
  insert_document_.reset();
  insert_document_.bind_all(print.hash, document.source, document.external_id, document.url,
                            document.title, document.published, language, document.format,
                            document.text, metadata_json(document.metadata));
  if (result.near_duplicate_of != 0) {
    insert_document_.bind(11, result.near_duplicate_of).bind(12, result.similarity);
  } else {
    insert_document_.bind_null(11).bind(12, 0.0);
  }
  insert_document_.run();
  result.id = sqlite3_last_insert_rowid(db_.get());
  for (std::size_t i = 0; i < document.page_starts.size(); ++i) {
    insert_page_.reset();
    insert_page_.bind_all(result.id, static_cast<std::int64_t>(i + 1),
                          static_cast<std::int64_t>(document.page_starts[i]));
    insert_page_.run();
  }
  duplicates_.add(result.id, print.paragraphs, print.signature);
  return result;
}

DocumentRow Store::row_with_pages(const Statement& statement) {
  DocumentRow row = read_row(statement);
  select_pages_.reset();
  select_pages_.bind(1, row.id);
  while (select_pages_.step())
    row.page_starts.push_back(static_cast<std::size_t>(select_pages_.column_int(0)));
  select_pages_.reset();
  return row;
}

std::optional<DocumentRow> Store::first_row(Statement& statement) {
  if (!statement.step()) return std::nullopt;
  DocumentRow row = row_with_pages(statement);
  statement.reset();
  return row;
}

std::optional<DocumentRow> Store::document(std::int64_t id) {
  select_by_id_.reset();
  select_by_id_.bind(1, id);
  return first_row(select_by_id_);
}

std::optional<DocumentRow> Store::find_document(const std::string& key) {
  if (key.empty()) return std::nullopt;
  if (all_digits(key)) {
    if (auto row = document(std::stoll(key))) return row;
  }
  if (is_hash(key)) {
    Statement by_hash(db_.get(), select_rows("WHERE hash = ?"));
    by_hash.bind(1, key);
    if (auto row = first_row(by_hash)) return row;
  }
  for (Statement* lookup : {&find_by_key_, &find_by_file_name_}) {
    lookup->reset();
    lookup->bind(1, key);
    lookup->step();
    bool found = !lookup->column_is_null(0);
    std::int64_t id = found ? lookup->column_int(0) : 0;
    lookup->reset();
    if (found) return document(id);
  }
  return std::nullopt;
}

void Store::for_each_document(const std::function<void(const DocumentRow&)>& visit) {
  Statement all(db_.get(), select_rows("ORDER BY id"));
  while (all.step()) visit(row_with_pages(all));
}

std::vector<std::string> Store::sources(std::int64_t document) {
  std::vector<std::string> result;
  select_sources_.reset();
  select_sources_.bind(1, document);
  while (select_sources_.step()) result.push_back(select_sources_.column_text(0));
  return result;
}

std::int64_t Store::document_count() {
  count_documents_.reset();
  count_documents_.step();
  std::int64_t count = count_documents_.column_int(0);
  count_documents_.reset();
  return count;
}

std::vector<SearchHit> Store::search(std::string_view query, std::int64_t limit,
                                     std::int64_t offset) {
  return search_documents(db_.get(), query, limit, offset);
}

}  // namespace dossier
