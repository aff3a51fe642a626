// The embedded document store: one SQLite file (WAL mode) holding documents, the sources
// they were read from, a full-text index and duplicate-detection fingerprints. Later stages
// add their tables as further migrations (migrations.cc) and reach the database through
// handle() and Statement (statement.h).
//
// A Store is one connection: use it from one thread at a time. Every method throws
// StoreError when SQLite fails (I/O error, full disk, database locked beyond the busy
// timeout). Questions about the stored knowledge are the query layer's (query/*.h).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/core/document.h"
#include "dossier/store/duplicate_index.h"
#include "dossier/store/minhash.h"
#include "dossier/store/paragraphs.h"
#include "dossier/store/search.h"
#include "dossier/store/statement.h"

namespace dossier {

// A stored document.
struct DocumentRow {
  std::int64_t id = 0;
  std::string hash;  // SHA-256 of text, lowercase hex
  std::string source, external_id, url, title, published, language, format, text;
  std::string metadata;                // JSON object of the Document's metadata
  std::string ingested_at;             // UTC, YYYY-MM-DDTHH:MM:SSZ
  std::int64_t near_duplicate_of = 0;  // 0 = none; see AddResult
  double similarity = 0;
  std::vector<std::size_t> page_starts;  // as Document::page_starts; empty without pages
};

// What identifies a text and finds its duplicates: SHA-256, paragraph hashes, MinHash.
struct Fingerprint {
  std::string hash;
  std::vector<ParagraphHash> paragraphs;
  std::optional<MinHashSignature> signature;
};

// Computes a text's fingerprint; pure and thread-safe.
Fingerprint fingerprint(std::string_view text);

// What add_document() did.
struct AddResult {
  std::int64_t id = 0;
  bool is_new = false;  // false: the same text was already stored (under id)
  // An earlier document whose estimated Jaccard similarity (word 5-shingles) is at least
  // kNearDuplicateSimilarity, the most similar one; 0 = none. For an existing document,
  // what was found when it was first added.
  std::int64_t near_duplicate_of = 0;
  double similarity = 0;
  // Paragraphs (>= kMinParagraphBytes normalized) that repeat earlier text; new documents
  // only.
  std::vector<RepeatedParagraph> repeated_paragraphs;
};

inline constexpr double kNearDuplicateSimilarity = 0.8;

class Store {
 public:
  // Opens the store at `path`, creating it when missing and bringing its schema up to date.
  // Never returns null. Throws Error "<path>: <reason>" when it cannot (not a database, not
  // a dossier store, unwritable, newer schema than this binary).
  static std::unique_ptr<Store> open(const std::filesystem::path& path);
  // Opens the existing store at `path` for reading only (SQLITE_OPEN_READONLY: every write
  // fails with StoreError). Never returns null. Throws Error "<path>: <reason>" when it is
  // missing, not a dossier store, or its schema is not this binary's (run `dossier ingest`
  // or any writing command once to bring it up to date).
  static std::unique_ptr<Store> open_read_only(const std::filesystem::path& path);

  // Closing rolls back a transaction that was begun and not committed.
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Explicit batch transaction (BEGIN IMMEDIATE ... COMMIT/ROLLBACK); hold one with a
  // Transaction (transaction.h) rather than calling these directly. Without one, every
  // add_document() is its own transaction. Transactions do not nest. Documents added in a
  // transaction enter the full-text index at commit(), in one pass, so open transactions
  // with begin(), never with SQL on handle().
  void begin();
  void commit();
  void rollback();
  bool in_transaction() const;

  // Whether SQLite checks every written row's references (on by default). A bulk writer
  // that only references rows it wrote itself may turn the checks off while it writes
  // (outside a transaction: SQLite ignores the switch inside one); PRAGMA
  // foreign_key_check verifies the result.
  void check_references(bool on);

  // Stores `document` with its `language` (ISO 639-1, "" when unknown), identified by the
  // SHA-256 of its text. When that text is already stored, only records
  // (source, url, external_id) as a further source of it when new, and returns
  // is_new = false; adding the same document twice changes nothing. All writes happen
  // atomically (inside the caller's transaction when there is one).
  AddResult add_document(const Document& document, const std::string& language);
  // The same with the text's fingerprint computed beforehand (by fingerprint(), on any
  // thread), so a writer thread does not hash.
  AddResult add_document(const Document& document, const std::string& language,
                         const Fingerprint& fingerprint);

  // The document with this id, if any. The rows of document(), find_document() and
  // for_each_document() carry the document's page starts.
  std::optional<DocumentRow> document(std::int64_t id);

  // The document named by `key`, tried in this order: its numeric id; its full hash; a
  // source or external id it was added under (exact); a source ending in "/" + key (a file
  // name). The lowest id when several match.
  std::optional<DocumentRow> find_document(const std::string& key);

  // Calls `visit` for every document in id order, reading one row at a time. `visit` may
  // use this store (reads and writes); documents it adds may or may not be visited.
  void for_each_document(const std::function<void(const DocumentRow&)>& visit);

  // Every source the document was added under, the first one first, without repeats.
  std::vector<std::string> sources(std::int64_t document);

  std::int64_t document_count();

  // Full-text search; see search_documents() in search.h for the query syntax, markers,
  // paging and errors.
  std::vector<SearchHit> search(std::string_view query, std::int64_t limit,
                                std::int64_t offset = 0);

  // The underlying connection, for the tables of later stages. Owned by the store.
  sqlite3* handle() const { return db_.get(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  using Connection = std::unique_ptr<sqlite3, Closer>;

  Store(std::filesystem::path path, Connection db);
  std::optional<DocumentRow> first_row(Statement& statement);
  // The row `statement` stands on, with its page starts.
  DocumentRow row_with_pages(const Statement& statement);
  // Adds the documents stored since the last call to the full-text index.
  void index_pending();
  // Adds the documents with id >= first to the full-text index.
  void index_from(std::int64_t first);
  // Writes a document whose text is not stored yet, with its duplicate fingerprints.
  AddResult insert_new_document(const Document& document, const std::string& language,
                                const Fingerprint& print);

  std::filesystem::path path_;
  Connection db_;  // declared first among owners: closed after every statement is finalized
  Statement find_by_hash_;
  Statement select_by_id_;
  Statement insert_document_;
  Statement insert_source_;
  Statement find_by_key_;
  Statement find_by_file_name_;
  Statement select_sources_;
  Statement count_documents_;
  Statement index_documents_;
  Statement insert_page_;
  Statement select_pages_;
  DuplicateIndex duplicates_;
  std::int64_t unindexed_from_ = 0;  // lowest id not yet in the full-text index; 0 = none
};

}  // namespace dossier
