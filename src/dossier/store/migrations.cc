#include "dossier/store/migrations.h"

#include <array>

#include "dossier/store/statement.h"
#include "dossier/store/transaction.h"

namespace dossier {
namespace {

// Version 1: documents, the sources they were read from, and full-text search.
constexpr std::string_view kDocuments = R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,            -- SHA-256 of text, lowercase hex
  source TEXT NOT NULL,                 -- first source it was read from
  external_id TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD or ''
  language TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}',  -- JSON object
  ingested_at TEXT NOT NULL             -- UTC, YYYY-MM-DDTHH:MM:SSZ
);

-- Every (source, url, external_id) a document was read from, the first one included.
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  external_id TEXT NOT NULL DEFAULT '',
  added_at TEXT NOT NULL,
  UNIQUE (document, source, url, external_id)
);
CREATE INDEX sources_by_source ON sources(source);
CREATE INDEX sources_by_external_id ON sources(external_id);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content = 'documents', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
)sql";

// Version 2: duplicate detection. Documents stored at version 1 have no paragraph hashes
// or signatures, so later documents are not compared against them.
constexpr std::string_view kDuplicates = R"sql(
ALTER TABLE documents ADD COLUMN near_duplicate_of INTEGER REFERENCES documents(id);
ALTER TABLE documents ADD COLUMN similarity REAL NOT NULL DEFAULT 0;

-- Paragraphs of at least ~80 characters, by a 64-bit hash of their normalized text.
CREATE TABLE paragraphs (
  hash INTEGER NOT NULL,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,  -- byte offsets into documents.text
  end INTEGER NOT NULL,
  PRIMARY KEY (hash, document, start)
) WITHOUT ROWID;
CREATE INDEX paragraphs_by_document ON paragraphs(document);

-- MinHash signatures (little-endian uint32 array) and their LSH band keys.
CREATE TABLE signatures (
  document INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  minhash BLOB NOT NULL
);
CREATE TABLE signature_bands (
  band_key INTEGER NOT NULL,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, document)
) WITHOUT ROWID;
CREATE INDEX signature_bands_by_document ON signature_bands(document);
)sql";

// Version 3: what extraction finds. Document-level records (doc_entities,
// mentions, doc_events, figures) are facts of one text; entities and events are
// their resolution across the store, rebuilt by `dossier resolve`.
constexpr std::string_view kKnowledge = R"sql(
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,                  -- person | organization | location | group
  name TEXT NOT NULL,
  lex_key TEXT NOT NULL DEFAULT '',    -- lexicon key, '' when found by the tagger
  subtype TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  lat REAL,
  lon REAL
);
CREATE TABLE doc_entities (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  lex_key TEXT NOT NULL DEFAULT '',
  entity INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  rule TEXT NOT NULL DEFAULT '',       -- why it joined `entity`
  confidence REAL NOT NULL DEFAULT 1
);
CREATE INDEX doc_entities_by_document ON doc_entities(document);
CREATE INDEX doc_entities_by_entity ON doc_entities(entity);
CREATE TABLE doc_entity_names (
  doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  rule TEXT NOT NULL,                  -- why this surface joined the document entity
  confidence REAL NOT NULL,
  PRIMARY KEY (doc_entity, alias)
) WITHOUT ROWID;
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,              -- byte offsets into documents.text
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  origin TEXT NOT NULL                 -- lexicon | tagger | pattern
);
CREATE INDEX mentions_by_doc_entity ON mentions(doc_entity);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  date TEXT NOT NULL DEFAULT '',       -- YYYY-MM-DD, YYYY-MM, YYYY or ''
  location INTEGER REFERENCES entities(id) ON DELETE SET NULL,
  country TEXT NOT NULL DEFAULT ''
);
CREATE TABLE doc_events (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  event INTEGER REFERENCES events(id) ON DELETE SET NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  date TEXT NOT NULL DEFAULT '',
  location INTEGER REFERENCES doc_entities(id),
  country TEXT NOT NULL DEFAULT '',
  rule TEXT NOT NULL DEFAULT ''
);
CREATE INDEX doc_events_by_event ON doc_events(event);
CREATE TABLE doc_event_perpetrators (
  doc_event INTEGER NOT NULL REFERENCES doc_events(id) ON DELETE CASCADE,
  doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
  PRIMARY KEY (doc_event, doc_entity)
) WITHOUT ROWID;
CREATE TABLE doc_event_targets (
  doc_event INTEGER NOT NULL REFERENCES doc_events(id) ON DELETE CASCADE,
  doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
  PRIMARY KEY (doc_event, doc_entity)
) WITHOUT ROWID;
CREATE TABLE event_mentions (
  doc_event INTEGER NOT NULL REFERENCES doc_events(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX event_mentions_by_doc_event ON event_mentions(doc_event);
CREATE TABLE figures (
  id INTEGER PRIMARY KEY,
  doc_event INTEGER NOT NULL REFERENCES doc_events(id) ON DELETE CASCADE,
  measure TEXT NOT NULL,               -- killed | wounded | arrested | missing | ...
  low INTEGER NOT NULL,
  high INTEGER NOT NULL,
  qualifier TEXT NOT NULL,             -- exact | about | at_least | at_most | range
  start INTEGER NOT NULL,              -- the figure's evidence phrase
  end INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,     -- the sentence it stands in
  sentence_end INTEGER NOT NULL,
  attributed_to TEXT NOT NULL DEFAULT '',
  hedges TEXT NOT NULL DEFAULT ''      -- comma-separated
);
CREATE INDEX figures_by_doc_event ON figures(doc_event);
)sql";

// Version 4: the store indexes new documents for full-text search itself, once per
// transaction (Store::commit), instead of a trigger per document: FTS5 writes its pending
// index to disk at every savepoint, so a trigger made one index segment per document.
constexpr std::string_view kBatchedSearchIndex = R"sql(
DROP TRIGGER documents_fts_insert;
)sql";

// Version 5: the evidence behind each incident's date, place and each figure's incident, and
// the weekdays a report names, used to join it to a dated incident.
constexpr std::string_view kEventEvidence = R"sql(
ALTER TABLE doc_events ADD COLUMN date_start INTEGER;
ALTER TABLE doc_events ADD COLUMN date_end INTEGER;
ALTER TABLE doc_events ADD COLUMN date_rule TEXT NOT NULL DEFAULT '';
ALTER TABLE doc_events ADD COLUMN place_rule TEXT NOT NULL DEFAULT '';
ALTER TABLE doc_events ADD COLUMN weekdays INTEGER NOT NULL DEFAULT 0;  -- bit d: weekday d
ALTER TABLE doc_events ADD COLUMN month_days TEXT NOT NULL DEFAULT '';  -- 'MMDD,MMDD'
ALTER TABLE figures ADD COLUMN rule TEXT NOT NULL DEFAULT '';
)sql";

// Version 6: the kinds of site (metro, hotel, airport ...) each report's incident names, a
// tiebreak when an undated report could be one of several incidents of a city; and the
// first-level subdivision a place lies in ("Moscow Oblast" for Krasnogorsk).
constexpr std::string_view kPlaceDetail = R"sql(
ALTER TABLE doc_events ADD COLUMN site_kinds INTEGER NOT NULL DEFAULT 0;  -- site_kinds.h bits
ALTER TABLE entities ADD COLUMN region TEXT NOT NULL DEFAULT '';          -- subdivision name
)sql";

// Version 7: whether a wounded figure counts people hit, the dead perhaps among them ("two
// men were shot"), rather than survivors ("two men were wounded"); see Figure::hit.
constexpr std::string_view kHitFigures = R"sql(
ALTER TABLE figures ADD COLUMN hit INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 8: the pages of paged documents (PDF): page `number` of `document` starts at byte
// `start` of its text. Documents without pages have no rows; a blank page starts where the
// next one does.
constexpr std::string_view kPages = R"sql(
CREATE TABLE document_pages (
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,             -- 1 for the first page
  start INTEGER NOT NULL,              -- byte offset into documents.text
  PRIMARY KEY (document, number)
) WITHOUT ROWID;
)sql";

constexpr std::array<std::string_view, 8> kMigrations = {
    kDocuments,     kDuplicates,  kKnowledge,  kBatchedSearchIndex,
    kEventEvidence, kPlaceDetail, kHitFigures, kPages};

}  // namespace

std::span<const std::string_view> migrations() { return kMigrations; }

int schema_version() { return static_cast<int>(kMigrations.size()); }

int database_version(sqlite3* db) {
  Statement version(db, "PRAGMA user_version");
  version.step();
  int result = static_cast<int>(version.column_int(0));
  version.reset();
  return result;
}

void migrate(sqlite3* db) {
  if (database_version(db) == schema_version()) return;  // only read: no write lock
  for (;;) {
    SqlTransaction step(db, "");
    int version = database_version(db);
    if (version > schema_version())
      throw Error("schema version " + std::to_string(version) +
                  " is newer than this dossier supports (" + std::to_string(schema_version()) +
                  "); upgrade dossier");
    if (version < schema_version()) {
      exec(db, kMigrations[version]);
      exec(db, "PRAGMA user_version = " + std::to_string(version + 1));
    }
    step.commit();
    if (version == schema_version()) return;
  }
}

}  // namespace dossier
