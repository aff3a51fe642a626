#include "dossier/serve/request_params.h"

#include <httplib.h>

#include <charconv>
#include <set>

#include "dossier/query/entities.h"
#include "dossier/query/graph.h"
#include "dossier/store/statement.h"

namespace dossier::serve {
namespace {

std::optional<std::int64_t> parse_int(const std::string& text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

std::string param(const httplib::Request& request, const char* name) {
  return request.has_param(name) ? request.get_param_value(name) : std::string();
}

std::optional<std::int64_t> int_param(const httplib::Request& request, const char* name,
                                      std::int64_t min, std::int64_t max) {
  if (!request.has_param(name)) return std::nullopt;
  std::optional<std::int64_t> value = parse_int(request.get_param_value(name));
  if (!value || *value < min || *value > max)
    throw HttpError(400, std::string(name) + " must be an integer from " + std::to_string(min) +
                             " to " + std::to_string(max));
  return value;
}

Page page_params(const httplib::Request& request, std::int64_t limit) {
  return {int_param(request, "limit", 1, 500).value_or(limit),
          int_param(request, "offset", 0, INT64_MAX).value_or(0)};
}

std::int64_t path_id(const httplib::Request& request) {
  std::optional<std::int64_t> id = parse_int(request.matches[1].str());
  if (!id || *id <= 0) throw HttpError(404, "no such id: " + request.matches[1].str());
  return *id;
}

std::vector<SearchHit> search_or_400(Store& store, const std::string& query, Page page) {
  try {
    return search(store, query, page);
  } catch (const StoreError&) {
    throw;
  } catch (const Error& e) {
    throw HttpError(400, e.what());
  }
}

EstimatePolicy policy_param(const httplib::Request& request) {
  EstimatePolicy policy = EstimatePolicy::kConservative;
  std::string name = param(request, "policy");
  if (!name.empty() && !parse_policy(name, &policy))
    throw HttpError(400, "policy must be conservative or latest");
  return policy;
}

EventFilter event_filter(const httplib::Request& request) {
  return {param(request, "from"), param(request, "to"), param(request, "type"),
          param(request, "place")};
}

std::vector<EventListing> filtered_events(Store& store, const httplib::Request& request,
                                          Page page) {
  std::string perpetrator = param(request, "perpetrator");
  if (perpetrator.empty()) return list_events(store, event_filter(request), page);
  std::set<std::int64_t> theirs;
  std::int64_t entity = find_entity_named(store, perpetrator);
  Neighbourhood around = entity_neighbourhood(store, entity, {0, 0});
  for (const GraphEdge& edge : around.edges)
    if (edge.relation == "perpetrator") theirs.insert(around.nodes[edge.from].id);
  std::vector<EventListing> out;
  std::int64_t skipped = 0;
  for (EventListing& event : list_events(store, event_filter(request))) {
    if (page.limit >= 0 && std::ssize(out) >= page.limit) break;
    if (!theirs.contains(event.id)) continue;
    if (skipped++ < page.offset) continue;
    out.push_back(std::move(event));
  }
  return out;
}

}  // namespace dossier::serve
