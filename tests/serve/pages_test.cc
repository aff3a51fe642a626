// The HTML pages against the sample store: each renders on the server (readable without
// JavaScript) with links between them, and report text, hostile or not, is escaped.
#include "dossier/serve/pages.h"

#include <regex>

#include "dossier/serve/html.h"
#include "served_store.h"

namespace dossier::serve {
namespace {

std::string get_html(const std::string& path, int status = 200) {
  auto res = ServedStore::client().Get(path);
  EXPECT_TRUE(res) << path;
  if (!res) return {};
  EXPECT_EQ(res->status, status) << path;
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8") << path;
  return res->body;
}

// The first number captured by `pattern` in `html`; 0 when none.
long first_id(const std::string& html, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(html, m, std::regex(pattern)) ? std::stol(m[1]) : 0;
}

using Pages = ServedStore;

TEST(Html, EscapesSnippetsAndEncodesUrlValues) {
  EXPECT_EQ(snippet_html("a \u00ab<b>\u00bb c"), "a <mark>&lt;b&gt;</mark> c");
  EXPECT_EQ(url_encode("a b/\u00e9"), "a%20b%2F%C3%A9");
}

TEST(Html, DocumentTextLinksMentionsAndMarksTheSentence) {
  std::string text = "In Paris, <b> 3 died. Then calm.";
  std::vector<DocumentMention> mentions{{3, 8, 7, "Paris", "location"}};
  std::string html = document_text_html(text, mentions, "<b> 3 died.");
  EXPECT_EQ(html,
            "In <a class=\"mention location\" href=\"/entities/7\" title=\"Paris\">Paris</a>, "
            "<mark id=\"figure\" tabindex=\"-1\">&lt;b&gt; 3 died.</mark> Then calm.");
}

TEST(Html, DocumentTextShowsWherePagesBegin) {
  std::string text = "Page one ends. In Paris page two.";
  std::vector<DocumentMention> mentions{{18, 23, 7, "Paris", "location"}};
  // Page 2 starts inside the mention: its break follows the mention.
  std::string html = document_text_html(text, mentions, "", {0, 15, 20});
  EXPECT_EQ(html,
            "<span class=\"page-break\" id=\"page-1\">p. 1</span>Page one ends. "
            "<span class=\"page-break\" id=\"page-2\">p. 2</span>In "
            "<a class=\"mention location\" href=\"/entities/7\" title=\"Paris\">Paris</a>"
            "<span class=\"page-break\" id=\"page-3\">p. 3</span> page two.");
}

TEST_F(Pages, HomeSearchAndListsRender) {
  EXPECT_NE(get_html("/").find("Most reported entities"), std::string::npos);
  std::string search = get_html("/search?q=Zaventem");
  EXPECT_NE(search.find("<mark>Zaventem</mark>"), std::string::npos);
  EXPECT_NE(get_html("/search?q=%20", 400).find("invalid search query"), std::string::npos);
  for (const char* path : {"/documents", "/entities", "/incidents", "/conflicts", "/timeline",
                           "/entities?type=person", "/incidents?place=brussels"})
    EXPECT_NE(get_html(path).find("<h1>"), std::string::npos) << path;
  EXPECT_NE(get_html("/incidents/999999", 404).find("no such incident"), std::string::npos);
}

TEST_F(Pages, IncidentFiguresLinkToTheirSentencesInTheReader) {
  std::string timeline = get_html("/timeline");
  long id =
      first_id(timeline, "href=\"/incidents/([0-9]+)\">[^<]*</a><span class=\"meta\"> \u00b7");
  ASSERT_GT(id, 0);
  std::string incident = get_html("/incidents/" + std::to_string(id));
  EXPECT_NE(incident.find("<svg class=\"chart\""), std::string::npos);
  EXPECT_NE(incident.find("?policy=latest"), std::string::npos);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(incident, m,
                                std::regex("href=\"(/documents/[0-9]+\\?mark=[^\"#]+)#figure\"")));
  std::string reader = get_html(m[1]);
  EXPECT_NE(reader.find("<mark id=\"figure\""), std::string::npos);
  EXPECT_NE(reader.find("class=\"mention "), std::string::npos);
  EXPECT_NE(get_html("/incidents/" + std::to_string(id) + "?policy=latest")
                .find("<strong>latest</strong>"),
            std::string::npos);
}

TEST_F(Pages, EntityPageAndNetworkRender) {
  std::string entities = get_html("/entities");
  long id = first_id(entities, "href=\"/entities/([0-9]+)\"");
  ASSERT_GT(id, 0);
  std::string entity = get_html("/entities/" + std::to_string(id));
  EXPECT_NE(entity.find("Names and why they were joined"), std::string::npos);
  std::string network = get_html("/graph/entity/" + std::to_string(id));
  EXPECT_NE(network.find("<svg class=\"network\""), std::string::npos);
  EXPECT_NE(network.find("class=\"node "), std::string::npos);
}

TEST_F(Pages, MapPlacesIncidentsOverTheCompiledInOutline) {
  std::string map = get_html("/map");
  EXPECT_NE(map.find("<image href=\"/assets/world.svg\""), std::string::npos);
  EXPECT_NE(map.find("<a class=\"incident\" href=\"/incidents/"), std::string::npos);
  auto outline = client().Get("/assets/world.svg");
  ASSERT_TRUE(outline);
  EXPECT_EQ(outline->get_header_value("Content-Type"), "image/svg+xml");
  EXPECT_NE(outline->body.find("Natural Earth"), std::string::npos);
}

TEST_F(Pages, HostileReportTextIsShownAsTextNeverAsMarkup) {
  std::string hits = get_html("/search?q=militants%20market");
  long id = first_id(hits, "href=\"/documents/([0-9]+)\"");
  ASSERT_GT(id, 0);
  for (const std::string& path :
       std::vector<std::string>{"/documents/" + std::to_string(id), "/search?q=militants%20market",
                                "/documents", "/entities", "/incidents", "/timeline", "/map"}) {
    std::string html = get_html(path);
    EXPECT_EQ(html.find("<script>window"), std::string::npos) << path;
    EXPECT_EQ(html.find("<img src=x"), std::string::npos) << path;
    EXPECT_EQ(html.find("onerror=\""), std::string::npos) << path;
  }
  std::string reader = get_html("/documents/" + std::to_string(id));
  EXPECT_NE(reader.find("&lt;script&gt;window.__pwned = 1;&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(reader.find("&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;"),
            std::string::npos);
  // The only script a page loads is the compiled-in one.
  EXPECT_EQ(reader.find("<script"), reader.rfind("<script"));
}

}  // namespace
}  // namespace dossier::serve
