// `dossier export --format graphml`: the scope (query/export_scope.h) as a GraphML
// network for Gephi, networkx or igraph, streamed.
//
// Nodes: entities "e<N>" (kind "entity"; type, subtype, country) and incidents
// "v<N>" (kind "incident"; type, date), each with label, mentions and documents
// (how often and in how many documents of the scope they are named).
// Edges (directed, attribute `relation`): perpetrator-of and target-of (entity ->
// incident; weight = documents stating it), located-in (incident -> place;
// weight 1), co-occurrence (entity -> entity of higher id, for entities named in
// one sentence; weight = shared sentences, `documents` = documents with such a
// sentence).
#pragma once

#include <cstddef>
#include <iosfwd>

#include "dossier/store/store.h"

namespace dossier {

struct GraphmlSummary {
  std::size_t nodes = 0, edges = 0;
};

// Writes the graph; an ExportScope must be alive. Re-segments each document of
// the scope to find sentence co-occurrence; pairs are gathered in a temporary
// table, so memory stays flat. Throws StoreError.
GraphmlSummary write_graphml_export(Store& store, std::ostream& out);

}  // namespace dossier
