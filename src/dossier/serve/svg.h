// The pictures of the web interface as inline SVG, drawn on the server (no script needed):
// a measure's reported figures over publication time, a graph neighbourhood and a map. All
// labels escaped. Pure.
#pragma once

#include <string>

#include "dossier/analyze/figure_analysis.h"
#include "dossier/query/events.h"
#include "dossier/query/graph.h"

namespace dossier::serve {

// The link to the sentence a claim stands in: the document reader with it marked.
std::string claim_href(const FigureClaim& claim);

// One point (a vertical bar for a range) per claim of `report`, in publication order, each
// linking to its sentence, with the best estimate as a dashed line.
std::string figure_chart(const MeasureReport& report);

// The centre node in the middle and its neighbours around it, each linking to its page
// and to its own neighbourhood.
std::string network_svg(const Neighbourhood& graph);

// The incidents as points over the world outline (/assets/world.svg, equirectangular), each
// linking to its page.
std::string map_svg(const std::vector<PlacedEvent>& events);

}  // namespace dossier::serve
