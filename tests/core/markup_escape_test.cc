#include "dossier/core/markup_escape.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(MarkupEscape, HtmlEscapesEveryMarkupCharacter) {
  EXPECT_EQ(html_escape("<a href=\"x\" onerror='y'>&"),
            "&lt;a href=&quot;x&quot; onerror=&#39;y&#39;&gt;&amp;");
  EXPECT_EQ(html_escape("caf\u00e9\x01\t"), "caf\u00e9\x01\t");  // other bytes kept
}

TEST(MarkupEscape, XmlKeepsApostrophesAndDropsForbiddenControls) {
  EXPECT_EQ(xml_escape("<a b=\"c\">O'Neil & co</a>"),
            "&lt;a b=&quot;c&quot;&gt;O'Neil &amp; co&lt;/a&gt;");
  EXPECT_EQ(xml_escape(std::string("a\x01\x1f\tb\nc\rd\x7f") + '\0' + "\u00e9"),
            "a\tb\nc\rd\x7f\u00e9");
}

}  // namespace
}  // namespace dossier
