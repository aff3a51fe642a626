// The JSON API against the sample store: every route answers what the query layer does,
// errors are {status, message} with 400 / 404, and the security headers are present.
#include <nlohmann/json.hpp>

#include "dossier/serve/html.h"
#include "dossier/store/statement.h"
#include "served_store.h"

namespace dossier::serve {
namespace {

using nlohmann::json;

json get_json(const std::string& path, int status = 200) {
  auto res = ServedStore::client().Get(path);
  EXPECT_TRUE(res) << path;
  if (!res) return {};
  EXPECT_EQ(res->status, status) << path << ": " << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << path;
  return json::parse(res->body);
}

class Api : public ServedStore {
 protected:
  // The first incident with figures in the timeline.
  static json incident_with_figures() {
    for (const json& t : get_json("/api/timeline?limit=500"))
      if (!t["estimates"].empty()) return t["event"];
    return {};
  }
};

TEST_F(Api, SearchFindsTheAirportReportsWithHighlightedSnippets) {
  json hits = get_json("/api/search?q=Zaventem&limit=3");
  ASSERT_FALSE(hits.empty());
  EXPECT_LE(hits.size(), 3u);
  EXPECT_NE(hits[0]["snippet"].get<std::string>().find("\u00abZaventem\u00bb"), std::string::npos);
  json next = get_json("/api/search?q=Zaventem&limit=1&offset=1");
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0]["document"], hits[1]["document"]);
}

TEST_F(Api, BadSearchSyntaxIs400WithAJsonError) {
  // A malformed FTS5 query is retried term by term (store/search.h); blank is what fails.
  EXPECT_FALSE(get_json("/api/search?q=%22unclosed%20AND").is_null());
  json e = get_json("/api/search?q=%20%20", 400);
  EXPECT_EQ(e["status"], 400);
  EXPECT_NE(e["message"].get<std::string>().find("invalid search query"), std::string::npos);
  EXPECT_EQ(get_json("/api/search", 400)["status"], 400);
  EXPECT_EQ(get_json("/api/documents?limit=abc", 400)["status"], 400);
  EXPECT_EQ(get_json("/api/incidents/1?policy=newest", 400)["status"], 400);
}

TEST_F(Api, UnknownIdsAre404) {
  EXPECT_EQ(get_json("/api/documents/999999", 404)["status"], 404);
  EXPECT_EQ(get_json("/api/entities/999999", 404)["status"], 404);
  EXPECT_EQ(get_json("/api/incidents/999999", 404)["status"], 404);
  EXPECT_EQ(get_json("/api/graph/999999", 404)["status"], 404);
  EXPECT_EQ(get_json("/api/documents/abc", 404)["status"], 404);
  EXPECT_EQ(get_json("/api/nothing-here", 404)["status"], 404);
}

TEST_F(Api, DocumentsListAndOneDocumentWithItsMentions) {
  json docs = get_json("/api/documents?limit=2");
  ASSERT_EQ(docs.size(), 2u);
  json d = get_json("/api/documents/" + std::to_string(docs[0]["id"].get<int>()));
  EXPECT_EQ(d["id"], docs[0]["id"]);
  std::string text = d["text"];
  ASSERT_FALSE(d["mentions"].empty());
  for (const json& m : d["mentions"]) {
    EXPECT_LT(m["start"].get<std::size_t>(), m["end"].get<std::size_t>());
    EXPECT_LE(m["end"].get<std::size_t>(), text.size());
  }
}

TEST_F(Api, EntitiesFilterByTypeAndOneEntityHasAliasesAndContexts) {
  json places = get_json("/api/entities?type=location&limit=5");
  ASSERT_FALSE(places.empty());
  for (const json& e : places) EXPECT_EQ(e["type"], "location");
  json top = get_json("/api/entities?limit=1")[0];
  json e = get_json("/api/entities/" + std::to_string(top["id"].get<int>()));
  EXPECT_EQ(e["name"], top["name"]);
  EXPECT_FALSE(e["aliases"].empty());
  EXPECT_FALSE(e["mentions"].empty());
  EXPECT_FALSE(e["mentions"][0]["context"].get<std::string>().empty());
  EXPECT_FALSE(e["cooccurring"].empty());
}

TEST_F(Api, IncidentsFilterAndOneIncidentHasFiguresWithSentences) {
  json all = get_json("/api/incidents");
  ASSERT_FALSE(all.empty());
  json brussels = get_json("/api/incidents?place=bruss&from=2016-01-01&to=2016-12-31");
  ASSERT_FALSE(brussels.empty());
  EXPECT_LE(brussels.size(), all.size());
  EXPECT_TRUE(get_json("/api/incidents?from=1990-01-01&to=1990-12-31").empty());
  json event = incident_with_figures();
  ASSERT_FALSE(event.is_null());
  json d = get_json("/api/incidents/" + std::to_string(event["id"].get<int>()) + "?policy=latest");
  ASSERT_FALSE(d["figures"].empty());
  const json& claim = d["figures"][0]["claims"][0];
  EXPECT_FALSE(claim["sentence"].get<std::string>().empty());
  EXPECT_NE(claim["sentence"].get<std::string>().find(claim["text"].get<std::string>()),
            std::string::npos);
}

TEST_F(Api, PerpetratorFilterKeepsTheirIncidentsOnly) {
  json all = get_json("/api/incidents?limit=500");
  for (const json& e : all) {
    json d = get_json("/api/incidents/" + std::to_string(e["id"].get<int>()));
    if (d["perpetrators"].empty()) continue;
    std::string who = d["perpetrators"][0];
    json theirs = get_json("/api/incidents?perpetrator=" + url_encode(who));
    ASSERT_FALSE(theirs.empty()) << who;
    bool found = false;
    for (const json& t : theirs) found = found || t["id"] == e["id"];
    EXPECT_TRUE(found) << who;
    EXPECT_TRUE(get_json("/api/incidents?perpetrator=Nobody%20Known%20Here").empty());
    return;
  }
  GTEST_SKIP() << "no incident with a perpetrator in the sample";
}

TEST_F(Api, ConflictsTimelineAndGraph) {
  json conflicts = get_json("/api/conflicts");
  ASSERT_TRUE(conflicts.is_array());
  for (const json& c : conflicts) EXPECT_TRUE(c["report"]["conflict"].get<bool>());
  json event = incident_with_figures();
  json g = get_json("/api/graph/" + std::to_string(event["id"].get<int>()) + "?kind=incident");
  EXPECT_EQ(g["nodes"][0]["kind"], "event");
  json top = get_json("/api/entities?limit=1")[0];
  json ge = get_json("/api/graph/" + std::to_string(top["id"].get<int>()));
  EXPECT_EQ(ge["nodes"][0]["id"], top["id"]);
  EXPECT_GT(ge["nodes"].size(), 1u);
  EXPECT_EQ(get_json("/api/graph/1?kind=place", 400)["status"], 400);
}

TEST_F(Api, OpenApiDescribesEveryRoute) {
  json spec = get_json("/api/openapi.json");
  EXPECT_EQ(spec["openapi"], "3.0.3");
  for (const char* path : {"/api/search", "/api/documents", "/api/documents/{id}", "/api/entities",
                           "/api/entities/{id}", "/api/incidents", "/api/incidents/{id}",
                           "/api/conflicts", "/api/timeline", "/api/graph/{id}"})
    EXPECT_TRUE(spec["paths"].contains(path)) << path;
}

TEST_F(Api, SecurityHeadersAndLimits) {
  auto res = client().Get("/api/documents");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Content-Security-Policy").rfind("default-src 'self'", 0), 0u);
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  auto post = client().Post("/api/documents", std::string(100 * 1024, 'x'), "text/plain");
  ASSERT_TRUE(post);
  EXPECT_TRUE(post->status == 413 || post->status == 404 || post->status == 405) << post->status;
  for (const char* path : {"/assets/../CMakeLists.txt", "/assets/..%2fCMakeLists.txt",
                           "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/openapi.json/../x"}) {
    auto r = client().Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
  }
  auto css = client().Get("/assets/style.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");
}

TEST_F(Api, StoreIsOpenedReadOnly) {
  auto store = Store::open_read_only(db());
  EXPECT_THROW(Statement(store->handle(), "CREATE TABLE intruder (a)").step(), StoreError);
}

}  // namespace
}  // namespace dossier::serve
