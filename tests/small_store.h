// A hand-made store for the export and query tests: two reports of one Brussels bombing by the
// Islamic State (one placed and dated incident) and an undated, unplaced Paris attack.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "dossier/store/statement.h"
#include "dossier/store/store.h"

namespace dossier::test {

// d1, d2; e1 Islamic State (armed group, alias "IS"), e2 Brussels (50.85, 4.35), e3
// Charles Michel (no mentions); v1 Brussels bombing 2016-03-22 (d1: 10 killed, d2: 12
// killed "reportedly"), v2 Paris attack (d2, no date or place). Both reports name the
// Islamic State and Brussels in one sentence.
class SmallStore {
 public:
  SmallStore() {
    path_ = std::filesystem::temp_directory_path() /
            ("dossier-small-store-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
    store_ = Store::open(path_);
    sqlite3* db = store_->handle();
    const std::string t1 = "Islamic State bombed Brussels. Ten people were killed.";
    const std::string t2 =
        "Islamic State claimed the \"Brussels\" attack, police said; 12 were reportedly killed. "
        "It recalled the Paris attack.";
    Statement doc(db,
                  "INSERT INTO documents(id, hash, source, url, title, published, language, text, "
                  "ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?)");
    doc.bind_all(1, "h1", "a.txt", "https://example.org/a", "Bombing, \"Brussels\"", "2016-03-22",
                 t1, "2024-01-01T10:00:00Z")
        .run();
    doc.bind_all(2, "h2", "b.txt", "", "", "2016-03-23", t2, "2024-01-02T10:00:00Z").run();
    exec(db,
         "INSERT INTO entities(id, type, name, lex_key, subtype, country, lat, lon) VALUES "
         "(1, 'organization', 'Islamic State', 'islamic-state', 'armed_group', '', NULL, NULL),"
         "(2, 'location', 'Brussels', 'brussels-be', 'capital', 'BE', 50.85, 4.35),"
         "(3, 'person', 'Charles Michel', '', '', '', NULL, NULL);"
         "INSERT INTO doc_entities(id, document, type, name, entity) VALUES "
         "(1, 1, 'organization', 'Islamic State', 1), (2, 1, 'location', 'Brussels', 2),"
         "(3, 2, 'organization', 'Islamic State', 1), (4, 2, 'location', 'Brussels', 2);"
         "INSERT INTO doc_entity_names VALUES (1, 'Islamic State', 'lexicon', 1),"
         "(3, 'IS', 'lexicon', 1), (2, 'Brussels', 'lexicon', 1), (4, 'Brussels', 'lexicon', 1);"
         "INSERT INTO mentions(document, doc_entity, start, end, text, origin) VALUES "
         "(1, 1, 0, 13, 'Islamic State', 'lexicon'), (1, 2, 21, 29, 'Brussels', 'lexicon'),"
         "(2, 3, 0, 13, 'Islamic State', 'lexicon'), (2, 4, 27, 35, 'Brussels', 'lexicon');"
         "INSERT INTO events(id, type, name, date, location, country) VALUES "
         "(1, 'bombing', 'Brussels bombing', '2016-03-22', 2, 'BE'),"
         "(2, 'attack', 'Paris attack', '', NULL, '');"
         "INSERT INTO doc_events(id, document, event, type, name, date, location) VALUES "
         "(1, 1, 1, 'bombing', 'Brussels bombing', '2016-03-22', 2),"
         "(2, 2, 1, 'attack', 'Brussels attack', '', 4), (3, 2, 2, 'attack', 'Paris attack', '', "
         "NULL);"
         "INSERT INTO doc_event_perpetrators VALUES (1, 1), (2, 3);"
         "INSERT INTO event_mentions VALUES (1, 0, 30), (2, 0, 84), (3, 85, 114);"
         "INSERT INTO figures(doc_event, measure, low, high, qualifier, start, end, "
         "sentence_start, sentence_end, attributed_to, hedges) VALUES "
         "(1, 'killed', 10, 10, 'exact', 31, 53, 31, 54, '', ''),"
         "(2, 'killed', 12, 12, 'exact', 58, 83, 0, 84, 'police', 'reportedly');");
  }
  ~SmallStore() {
    store_.reset();
    std::filesystem::remove(path_);
    std::filesystem::remove(path_.string() + "-wal");
    std::filesystem::remove(path_.string() + "-shm");
  }
  sqlite3* db() { return store_->handle(); }
  Store& store() { return *store_; }

 private:
  std::filesystem::path path_;
  std::unique_ptr<Store> store_;
};

}  // namespace dossier::test
