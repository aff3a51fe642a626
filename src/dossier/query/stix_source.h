// What the STIX export (export/stix_export.h) reads of an export's scope (export_scope.h)
// beyond its incidents (scope_incidents.h): the documents as reports with what they name,
// the entities with when they were first and last reported, and the stable keys its
// identifiers are made of. Lists are visited in id order, one row at a time, so memory stays
// flat; `visit` may call the lookups but must not write to the store.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dossier/store/store.h"

namespace dossier {

// A document of the scope as a report.
struct StixReport {
  std::int64_t id = 0;
  std::string hash;                                                  // SHA-256 of its text
  std::string source, external_id, url, title, published, language;  // "" when unknown
  std::string ingested_at;                                           // YYYY-MM-DDTHH:MM:SSZ
  std::vector<std::int64_t> entities;   // scope entities it names, ascending
  std::vector<std::int64_t> incidents;  // scope incidents it reports, ascending
};

// An entity of the scope named in at least one scope document.
struct StixEntity {
  std::int64_t id = 0;
  std::string type, name, lex_key, subtype, country;     // "" when unknown
  std::optional<std::pair<double, double>> coordinates;  // (lat, lon)
  std::string first_ingested, last_ingested;             // of the scope documents naming it
  std::int64_t documents = 0;                            // scope documents naming it
  std::int64_t mentions = 0;         // its mentions in every document of the store
  std::vector<std::string> aliases;  // surface forms other than the name, sorted
};

// What identifies an entity whatever its id.
struct EntityIdentity {
  std::string type, name, subtype, lex_key;  // lex_key "" when not from the lexicon
};

// When the reports of an incident were ingested, first and last; "" when none is in scope.
struct IngestTimes {
  std::string first, last;
};

// Reads for one STIX export. Construct while an ExportScope is alive: it keeps the scope
// documents' ingest times and each scope incident's key in temporary tables
// (temp.document_times, temp.incident_keys), dropped on destruction. Every method throws
// StoreError (and whatever `visit` throws).
class StixSource {
 public:
  explicit StixSource(Store& store);
  StixSource(const StixSource&) = delete;
  StixSource& operator=(const StixSource&) = delete;

  // Every document of the scope, by id.
  void for_each_report(const std::function<void(const StixReport&)>& visit);
  // Every entity of the scope named in a scope document, by id.
  void for_each_entity(const std::function<void(const StixEntity&)>& visit);

  // Entity `id`'s identity; nullopt when there is no such entity.
  std::optional<EntityIdentity> entity_identity(std::int64_t id);
  // The SHA-256 of document `id`'s text; nullopt when there is no such document.
  std::optional<std::string> document_hash(std::int64_t id);
  // A stable key of scope incident `event`: the first document reporting it (its SHA-256),
  // that report's type and name of it and where it first mentions it ("<hash>:<type>:<name>:
  // <offset>", the offset "" when unmentioned); nullopt when the incident is not in scope.
  std::optional<std::string> incident_key(std::int64_t event);
  // When the scope documents reporting incident `event` were ingested.
  IngestTimes incident_times(std::int64_t event);

 private:
  // Creates the temporary tables; drops them when destroyed, after the statements below,
  // which use them, are finalized.
  struct Tables {
    explicit Tables(sqlite3* db);
    ~Tables();
    Tables(const Tables&) = delete;
    Tables& operator=(const Tables&) = delete;
    sqlite3* db;
  };

  Store& store_;
  Tables tables_;
  Statement entity_, document_, incident_, times_;
};

}  // namespace dossier
