#include <gtest/gtest.h>

#include <string>

#include "dossier/read/reader.h"

namespace dossier {
namespace {

Document read_one(const std::string& html) {
  const ReadResult result = read_bytes(html, "page.html", "html", {});
  EXPECT_EQ(result.documents.size(), 1u);
  return result.documents.empty() ? Document{} : result.documents[0];
}

// A page whose head carries `head` and whose body is a short report.
std::string page(const std::string& head) {
  return "<html><head>" + head + "</head><body><p>Fire crews were called.</p></body></html>";
}

TEST(HtmlReaderTest, ExtractsParagraphsAndDecodesEntities) {
  const Document doc = read_one(
      "<html><head><title> Port  fire &amp; smoke </title></head><body>"
      "<h1>Port fire</h1><p>Smoke rose over   the\n docks&nbsp;at dawn.</p>"
      "<p>Officials said <b>three</b> warehouses burned.<br>Nobody was hurt.</p>"
      "<ul><li>Item one</li><li>Item two</li></ul></body></html>");
  EXPECT_EQ(doc.title, "Port fire & smoke");
  EXPECT_EQ(doc.format, "html");
  EXPECT_EQ(doc.text,
            "Port fire\n\nSmoke rose over the docks at dawn.\n\n"
            "Officials said three warehouses burned.\n\nNobody was hurt.\n\nItem one\n\nItem two");
}

TEST(HtmlReaderTest, RemovesBoilerplate) {
  const Document doc = read_one(
      "<html><body>"
      "<header><a href='/'>Daily Courier</a></header>"
      "<nav><a>World</a><a>Sport</a></nav>"
      "<div id='cookie-banner'>We use cookies. Accept?</div>"
      "<div class='consentDialog'>Manage consent</div>"
      "<script>var x = 'script text';</script><style>p{color:red}</style>"
      "<noscript>Enable JavaScript</noscript>"
      "<div class='story'><p>The bridge reopened on Monday.</p>"
      "<div class='share-buttons'>Share on social media</div>"
      "<p>Traffic returned to normal.</p></div>"
      "<div class='newsletter-signup'>Subscribe to our newsletter</div>"
      "<section class='related-stories'><p>Read also: other news</p></section>"
      "<div id='comments'>First comment!</div>"
      "<div class='breadcrumbs'>Home &gt; Local</div>"
      "<div class='ad-slot'>Buy now</div>"
      "<div role='navigation'>Menu links</div>"
      "<div aria-label='Site menu'>More links</div>"
      "<p hidden>Hidden text</p><p style='display: none'>Invisible</p>"
      "<aside>Sidebar</aside><form><div><label>Search this site</label><input></div></form>"
      "<footer>Copyright</footer>"
      "</body></html>");
  EXPECT_EQ(doc.text, "The bridge reopened on Monday.\n\nTraffic returned to normal.");
}

TEST(HtmlReaderTest, KeepsCommentaryClass) {
  const Document doc =
      read_one("<body><div class='commentary-body'><p>An opinion on taxes.</p></div></body>");
  EXPECT_EQ(doc.text, "An opinion on taxes.");
}

TEST(HtmlReaderTest, PrefersLongestArticleThenMain) {
  const Document article = read_one(
      "<body><p>Front page teaser</p>"
      "<article><p>Short.</p></article>"
      "<article><p>The main story has the most words in it.</p></article></body>");
  EXPECT_EQ(article.text, "The main story has the most words in it.");

  const Document main =
      read_one("<body><div>Outside text</div><main><p>Main content only.</p></main></body>");
  EXPECT_EQ(main.text, "Main content only.");
}

TEST(HtmlReaderTest, RejectsPageWithoutText) {
  const ReadResult result =
      read_bytes("<html><head><title>Empty</title></head><body><script>x()</script></body></html>",
                 "e.html", "html", {});
  EXPECT_TRUE(result.documents.empty());
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].message, "HTML without a body");
}

TEST(HtmlReaderTest, TitleFallsBackToOgTitle) {
  EXPECT_EQ(read_one(page("<meta property='og:title' content='Harbour blaze'>")).title,
            "Harbour blaze");
  EXPECT_EQ(read_one(page("<title>Own title</title><meta property='og:title' content='OG'>")).title,
            "Own title");
}

TEST(HtmlReaderTest, CanonicalUrl) {
  EXPECT_EQ(read_one(page("<link rel='canonical' href='https://example.org/story/1'>")).url,
            "https://example.org/story/1");
  EXPECT_EQ(read_one(page("<meta property='og:url' content='https://example.org/og'>")).url,
            "https://example.org/og");
}

struct DateCase {
  const char* head_or_body;
  const char* expected;
};

class HtmlDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(HtmlDateTest, NormalizesPublishedDate) {
  const std::string html = std::string("<html><head>") + GetParam().head_or_body +
                           "</head><body><p>Fire crews were called.</p></body></html>";
  EXPECT_EQ(read_one(html).published, GetParam().expected) << GetParam().head_or_body;
}

INSTANTIATE_TEST_SUITE_P(
    MetaKinds, HtmlDateTest,
    ::testing::Values(
        DateCase{"<meta property='article:published_time' content='2021-05-04T10:00:00+02:00'>",
                 "2021-05-04"},
        DateCase{"<meta name='date' content='2021-05-05'>", "2021-05-05"},
        DateCase{"<meta name='pubdate' content='20210506'>", "2021-05-06"},
        DateCase{"<meta name='publishdate' content='2021-05-07'>", "2021-05-07"},
        DateCase{"<meta name='dc.date' content='2021-05-08'>", "2021-05-08"},
        DateCase{"<meta name='DC.date.issued' content='2021-05-09'>", "2021-05-09"},
        DateCase{"<meta name='og:published_time' content='2021-05-10T00:00:00Z'>", "2021-05-10"},
        DateCase{"<meta name='sailthru.date' content='Tue, 11 May 2021 08:00:00 -0400'>",
                 "2021-05-11"},
        DateCase{"<meta itemprop='datePublished' content='2021-05-12'>", "2021-05-12"},
        DateCase{"<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                 "\"datePublished\": \"2021-05-13T12:00:00Z\"}</script>",
                 "2021-05-13"},
        DateCase{"<script type='application/ld+json'>{\"@context\": \"https://schema.org\", "
                 "\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"Article\", "
                 "\"datePublished\": \"2021-05-14\"}]}</script>",
                 "2021-05-14"},
        DateCase{"<script type='application/ld+json'>[{\"@type\": \"Person\"}, "
                 "{\"datePublished\": \"May 15, 2021\"}]</script>",
                 "2021-05-15"},
        DateCase{"<script type='application/ld+json'>{broken json</script>", ""},
        DateCase{"</head><body><time datetime='2021-05-16T07:00'>Sunday</time>", "2021-05-16"},
        DateCase{"<meta name='date' content='not a date'>"
                 "<meta property='article:published_time' content='2021-05-17'>",
                 "2021-05-17"},
        DateCase{"", ""}));

}  // namespace
}  // namespace dossier
