// Questions about stored documents: the list, one document, full-text search and what the
// whole store holds. Every function reads only and throws StoreError when SQLite fails.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/query/page.h"
#include "dossier/store/store.h"

namespace dossier {

// One line of the document list.
struct DocumentListing {
  std::int64_t id = 0;
  std::string published, language;  // "" when unknown
  std::int64_t bytes = 0;           // length of the text
  std::string source, title;
};

// Documents in id order.
std::vector<DocumentListing> list_documents(Store& store, Page page = {});

// One document with every source it was added under (the first one first).
struct DocumentDetail {
  DocumentRow document;
  std::vector<std::string> sources;
};

// The document named by `key` (see Store::find_document for the forms of key); nullopt when
// none.
std::optional<DocumentDetail> find_document_detail(Store& store, const std::string& key);

// A mention in a document's text and the entity it was resolved to.
struct DocumentMention {
  std::int64_t start = 0, end = 0;  // byte offsets into the document's text
  std::int64_t entity = 0;          // 0 when it joined no entity
  std::string name, type;           // the entity's (or the document entity's) name and type
};

// The mentions of document `id` by start offset (the longest first at one start); empty
// when there is no such document.
std::vector<DocumentMention> document_mentions(Store& store, std::int64_t id);

// Documents matching `query`, best first, with highlighted snippets (see search.h for the
// syntax). Throws Error ("invalid search query: ...") when the query is not searchable.
std::vector<SearchHit> search(Store& store, std::string_view query, Page page);

// How many rows of each kind the store holds.
struct StoreCounts {
  std::int64_t documents = 0, sources = 0, near_duplicates = 0;
  std::int64_t entities = 0, mentions = 0;
  std::int64_t events = 0, figures = 0;
};

StoreCounts count_rows(Store& store);

struct TypeCount {
  std::string type;
  std::int64_t count = 0;
};

// An entity or incident with how often it was reported.
struct ReportedEntity {
  std::int64_t id = 0;
  std::string name, type;
  std::int64_t documents = 0, mentions = 0;
};
struct ReportedEvent {
  std::int64_t id = 0;
  std::string name, date;
  std::int64_t documents = 0;
};

// What the store holds: counts, entities per type (most first), and the most reported
// entities (by documents, then mentions) and incidents (by documents, then id).
struct StoreSummary {
  StoreCounts counts;
  std::vector<TypeCount> entity_types;
  std::vector<ReportedEntity> top_entities;
  std::vector<ReportedEvent> top_events;
};

StoreSummary summarize(Store& store, int top_entities = 8, int top_events = 5);

}  // namespace dossier
