#include "dossier/query/scope_graph.h"

#include <algorithm>
#include <vector>

#include "dossier/segment/segmenter.h"
#include "dossier/store/transaction.h"

namespace dossier {
namespace {

// Inserts a row (a, b, document) into temp.cooccurrence for each pair a < b of `named`
// (entity ids, in any order, repeats allowed), then empties it.
void insert_pairs(Statement& insert, std::vector<std::int64_t>& named, std::int64_t document) {
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  for (std::size_t i = 0; i < named.size(); ++i)
    for (std::size_t j = i + 1; j < named.size(); ++j)
      insert.bind_all(named[i], named[j], document).run();
  named.clear();
}

// Inserts the pairs of scope entities that each sentence of `document` names.
void insert_document_pairs(Statement& mentions, Statement& insert, std::int64_t document,
                           std::string_view text) {
  Segmentation seg = segment(text);
  std::size_t sentence = 0;
  std::vector<std::int64_t> named;  // entities of the current sentence
  mentions.bind(1, document);
  while (mentions.step()) {
    auto start = static_cast<std::uint32_t>(mentions.column_int(0));
    std::size_t s = sentence;
    while (s < seg.sentences.size() && seg.sentences[s].end <= start) ++s;
    if (s != sentence) {
      insert_pairs(insert, named, document);
      sentence = s;
    }
    named.push_back(mentions.column_int(1));
  }
  insert_pairs(insert, named, document);
}

// Fills temp.cooccurrence(a, b, document) with one row per sentence naming entities a < b.
void gather_cooccurrence(sqlite3* db) {
  exec(db,
       "DROP TABLE IF EXISTS temp.cooccurrence;"
       "CREATE TEMP TABLE cooccurrence(a INTEGER NOT NULL, b INTEGER NOT NULL, "
       "document INTEGER NOT NULL)");
  Statement docs(db, "SELECT id, text FROM documents WHERE id IN (SELECT id FROM scope_documents)");
  Statement mentions(db,
                     "SELECT m.start, x.entity FROM doc_entities x JOIN mentions m "
                     "ON m.doc_entity = x.id WHERE x.document = ? AND x.entity IN "
                     "(SELECT id FROM scope_entities) ORDER BY m.start");
  Statement insert(db, "INSERT INTO cooccurrence(a, b, document) VALUES (?, ?, ?)");
  SqlTransaction writes(db, "cooccurrence");
  while (docs.step())
    insert_document_pairs(mentions, insert, docs.column_int(0), docs.column_view(1));
  writes.commit();
}

}  // namespace

void for_each_incident_node(Store& store, const std::function<void(const IncidentNode&)>& visit) {
  Statement q(store.handle(),
              "SELECT v.id, v.name, v.type, v.date, "
              "(SELECT count(*) FROM doc_events e JOIN event_mentions m ON m.doc_event = e.id "
              " WHERE e.event = v.id), "
              "(SELECT count(DISTINCT e.document) FROM doc_events e WHERE e.event = v.id) "
              "FROM events v WHERE v.id IN (SELECT id FROM scope_events) ORDER BY v.id");
  while (q.step())
    visit({q.column_int(0), q.column_text(1), q.column_text(2), q.column_text(3), q.column_int(4),
           q.column_int(5)});
}

void for_each_role_link(Store& store, IncidentRole role,
                        const std::function<void(const RoleLink&)>& visit) {
  std::string table =
      role == IncidentRole::kPerpetrator ? "doc_event_perpetrators" : "doc_event_targets";
  Statement q(store.handle(),
              "SELECT x.entity, e.event, count(DISTINCT e.document) FROM doc_events e JOIN " +
                  table +
                  " l ON l.doc_event = e.id JOIN doc_entities x ON x.id = l.doc_entity "
                  "WHERE e.event IN (SELECT id FROM scope_events) AND x.entity IN "
                  "(SELECT id FROM scope_entities) GROUP BY x.entity, e.event "
                  "ORDER BY e.event, x.entity");
  while (q.step()) visit({q.column_int(0), q.column_int(1), q.column_int(2)});
}

void for_each_place_link(Store& store, const std::function<void(const PlaceLink&)>& visit) {
  Statement q(store.handle(),
              "SELECT id, location FROM events WHERE id IN (SELECT id FROM scope_events) "
              "AND location IN (SELECT id FROM scope_entities) ORDER BY id");
  while (q.step()) visit({q.column_int(0), q.column_int(1)});
}

void for_each_cooccurrence(Store& store, const std::function<void(const Cooccurrence&)>& visit) {
  sqlite3* db = store.handle();
  gather_cooccurrence(db);
  {
    Statement pairs(db,
                    "SELECT a, b, count(*), count(DISTINCT document) FROM cooccurrence "
                    "GROUP BY a, b ORDER BY a, b");
    while (pairs.step())
      visit({pairs.column_int(0), pairs.column_int(1), pairs.column_int(2), pairs.column_int(3)});
  }
  exec(db, "DROP TABLE temp.cooccurrence");
}

}  // namespace dossier
