// Reading a request's parameters for the query layer, and the failure a handler throws to
// answer with an HTTP status: 400 for a malformed parameter or query, 404 for an id the
// store does not hold. The server turns it into a JSON body {status, message} on /api/ and
// an HTML page elsewhere.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dossier/core/error.h"
#include "dossier/query/documents.h"
#include "dossier/query/events.h"
#include "dossier/query/page.h"
#include "dossier/store/store.h"

namespace httplib {
struct Request;
}

namespace dossier::serve {

class HttpError : public Error {
 public:
  HttpError(int status, const std::string& message) : Error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

// The query parameter `name`, "" when absent.
std::string param(const httplib::Request& request, const char* name);

// The integer query parameter `name`, nullopt when absent. Throws HttpError 400 when it is
// not a decimal integer within [min, max].
std::optional<std::int64_t> int_param(const httplib::Request& request, const char* name,
                                      std::int64_t min, std::int64_t max);

// limit (1..500, default `limit`) and offset (>= 0, default 0). Throws HttpError 400.
Page page_params(const httplib::Request& request, std::int64_t limit);

// The path segment matched as the request's first capture, as an id. Throws HttpError 404
// when it is not a positive integer.
std::int64_t path_id(const httplib::Request& request);

// ?policy=conservative|latest (default conservative). Throws HttpError 400 for another name.
EstimatePolicy policy_param(const httplib::Request& request);

// The incidents list_events() gives for ?from, ?to, ?type and ?place, kept to those whose
// perpetrator is the entity named ?perpetrator (any of its names) when it is given, then
// paged. Throws HttpError 400 for a malformed page, StoreError.
std::vector<EventListing> filtered_events(Store& store, const httplib::Request& request, Page page);

// The query layer's search(); a query it cannot search is the client's error: throws
// HttpError 400 then, StoreError when SQLite fails.
std::vector<SearchHit> search_or_400(Store& store, const std::string& query, Page page);

// The same filter parameters, for list_events() and timeline().
EventFilter event_filter(const httplib::Request& request);

}  // namespace dossier::serve
