// The knowledge graph around one entity or incident: the nodes one step away and the
// relations that join them. Reads only; throws StoreError when SQLite fails.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/query/page.h"
#include "dossier/store/store.h"

namespace dossier {

struct GraphNode {
  std::string kind;  // "entity" or "event"
  std::int64_t id = 0;
  std::string label;  // the entity's or incident's name
  std::string type;   // person, organization, ... for entities; attack, ... for incidents
};

// A relation between two nodes, given as indexes into Neighbourhood::nodes.
struct GraphEdge {
  std::size_t from = 0, to = 0;
  std::string relation;     // co_occurs | perpetrator | target | location
  std::int64_t weight = 0;  // documents that state it
};

// nodes[0] is the centre; every edge joins it to another node.
struct Neighbourhood {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
};

// An entity, the entities reported with it (co_occurs, most shared documents first, paged by
// `cooccurring`) and the incidents it is the perpetrator, target or location of (edges from
// the incident to the entity). Empty when there is no such entity.
Neighbourhood entity_neighbourhood(Store& store, std::int64_t id, Page cooccurring = {20, 0});

// An incident and its perpetrators, targets and location (edges from the incident). Empty
// when there is no such incident.
Neighbourhood event_neighbourhood(Store& store, std::int64_t id);

}  // namespace dossier
