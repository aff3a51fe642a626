// Pages gumbo would take quadratic time on: bound_html_shape() and read_html() on them.
// Their speed is measured by bench/bench_read.cc; here only the results are checked.
#include "dossier/read/html_limits.h"

#include <gtest/gtest.h>

#include <string>

#include "dossier/read/reader.h"

namespace dossier {
namespace {

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::size_t count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t i = haystack.find(needle); i != std::string_view::npos;
       i = haystack.find(needle, i + 1))
    ++n;
  return n;
}

std::string text_of(const std::string& html) {
  const ReadResult result = read_bytes(html, "page.html", "html", {});
  EXPECT_EQ(result.documents.size(), 1u);
  return result.documents.empty() ? "" : result.documents[0].text;
}

TEST(HtmlLimits, OrdinaryPagesAreLeftAlone) {
  EXPECT_EQ(bound_html_shape("<html><head><title>T</title></head><body><div class=a id=b>"
                             "<p>One<p>Two<ul><li>x<li>y</ul><br><img src=x></div></body></html>"),
            std::nullopt);
  // Unclosed paragraphs, list items and cells never nest, so never count.
  EXPECT_EQ(bound_html_shape(repeat("<p>para <li>item <td>cell <br>", 5000)), std::nullopt);
  // Tags inside scripts, styles, comments and titles are text.
  EXPECT_EQ(bound_html_shape("<script>" + repeat("<div>", 2000) + "</script>" + "<!-- " +
                             repeat("<div>", 2000) + " -->" + "<title>" + repeat("<b>", 2000) +
                             "</title>"),
            std::nullopt);
  // Closed elements do not add up, however many there are.
  EXPECT_EQ(bound_html_shape(repeat("<div><span>x</span></div>", 5000)), std::nullopt);
}

TEST(HtmlLimits, DeepNestingIsCutAtTheLimitWithItsEndTags) {
  const std::string html = repeat("<div>", 600) + "deep" + repeat("</div>", 600) + "after";
  const auto bounded = bound_html_shape(html);
  ASSERT_TRUE(bounded.has_value());
  EXPECT_EQ(*bounded,
            repeat("<div>", kMaxHtmlDepth) + "deep" + repeat("</div>", kMaxHtmlDepth) + "after");
}

TEST(HtmlLimits, HundredThousandNestedDivsKeepTheirText) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i)
    html += i % 1000 == 0 ? "<div>level " + std::to_string(i) + "." : "<div>";
  html += repeat("</div>", 100000) + "<p>The end.</p></body></html>";
  const std::string text = text_of(html);
  for (int i = 0; i < 100000; i += 1000)
    EXPECT_NE(text.find("level " + std::to_string(i) + "."), std::string::npos) << i;
  EXPECT_EQ(text.substr(0, 8), "level 0.");
  EXPECT_EQ(text.substr(text.size() - 8), "The end.");
}

TEST(HtmlLimits, NestedFormattingAndListsKeepTheirText) {
  for (const char* open : {"<b>", "<i><b>", "<em>", "<ul>", "<blockquote>", "<dl>", "<a href=x>"}) {
    const std::string text = text_of("<body>" + repeat(open, 50000) + "bottom</body>");
    EXPECT_EQ(text, "bottom") << open;
  }
}

TEST(HtmlLimits, UnclosedTagsKeepTheirText) {
  EXPECT_EQ(text_of("<body><p>Start." + repeat("<span>", 100000) + "End.</body>"), "Start.End.");
  EXPECT_EQ(text_of("<body><p>Text before an unclosed tag<div class='x"),
            "Text before an unclosed tag");
  const std::string list = text_of("<body><ul>" + repeat("<li>item", 20000) + "</ul></body>");
  EXPECT_EQ(count(list, "item"), 20000u);
}

TEST(HtmlLimits, HugeAttributeListsKeepTheFirstAttributes) {
  std::string attributes;
  for (int i = 0; i < 100000; ++i) attributes += " data-a" + std::to_string(i) + "='x>y'";
  const std::string html = "<body><div class='cookie-banner'" + attributes +
                           ">Accept cookies</div><p" + attributes +
                           " class='cookie-banner'>Report text.</p></body>";
  const auto bounded = bound_html_shape(html);
  ASSERT_TRUE(bounded.has_value());
  EXPECT_EQ(count(*bounded, "data-a"), 2 * kMaxHtmlAttributes - 1);
  // The first attributes still count (a boilerplate class); those past the limit do not.
  EXPECT_EQ(text_of(html), "Report text.");
}

TEST(HtmlLimits, TagsInForeignContentCount) {
  // In svg, <style> holds markup, and a <div> breaks out into the page.
  const auto bounded = bound_html_shape("<svg><style>" + repeat("<div>", 600) + "x");
  ASSERT_TRUE(bounded.has_value());
  EXPECT_EQ(count(*bounded, "<div>"), kMaxHtmlDepth - 2);
}

}  // namespace
}  // namespace dossier
