#include "dossier/read/pdf_meta.h"

#include <poppler/cpp/poppler-document.h>

#include <cstdlib>

#include "dossier/read/pdf_glyphs.h"
#include "dossier/read/published_date.h"
#include "dossier/read/utf8.h"

namespace dossier {
namespace {

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t'))
    s.remove_suffix(1);
  return std::string(s);
}

// `text` with the XML character references (&amp; &lt; &gt; &quot; &apos; &#N; &#xN;) decoded.
std::string xml_text(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t semi = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += text[i];
      continue;
    }
    const std::string_view name = text.substr(i + 1, semi - i - 1);
    if (name == "amp")
      out += '&';
    else if (name == "lt")
      out += '<';
    else if (name == "gt")
      out += '>';
    else if (name == "quot")
      out += '"';
    else if (name == "apos")
      out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string digits(name.substr(hex ? 2 : 1));
      char* end = nullptr;
      const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
      if (digits.empty() || *end != '\0' || cp == 0 || cp > 0x10FFFF ||
          (cp >= 0xD800 && cp <= 0xDFFF)) {
        out += text.substr(i, semi - i + 1);
      } else {
        append_utf8(static_cast<char32_t>(cp), &out);
      }
    } else {
      out += text.substr(i, semi - i + 1);
    }
    i = semi;
  }
  return out;
}

// The content of the element `tag` (the first one), or its value as an attribute; "" when
// neither is there.
std::string_view element(std::string_view xml, std::string_view tag) {
  const std::string open = "<" + std::string(tag);
  for (std::size_t at = xml.find(open); at != std::string_view::npos; at = xml.find(open, at + 1)) {
    const std::size_t after = at + open.size();
    if (after >= xml.size() || (xml[after] != '>' && xml[after] != ' ')) continue;
    const std::size_t start = xml.find('>', after);
    if (start == std::string_view::npos || xml[start - 1] == '/') return "";
    const std::size_t end = xml.find("</" + std::string(tag), start);
    if (end == std::string_view::npos) return "";
    return xml.substr(start + 1, end - start - 1);
  }
  const std::string attribute = " " + std::string(tag) + "=\"";
  const std::size_t at = xml.find(attribute);
  if (at == std::string_view::npos) return "";
  const std::size_t start = at + attribute.size();
  const std::size_t end = xml.find('"', start);
  return end == std::string_view::npos ? "" : xml.substr(start, end - start);
}

// The texts of the rdf:li items of `container`, or the container's text when it has none.
std::vector<std::string> items(std::string_view container) {
  std::vector<std::string> out;
  for (std::string_view rest = container;;) {
    const std::string_view item = element(rest, "rdf:li");
    if (item.empty()) break;
    out.push_back(trimmed(xml_text(item)));
    rest = rest.substr(item.data() + item.size() - rest.data());
  }
  if (out.empty() && container.find('<') == std::string_view::npos && !container.empty())
    out.push_back(trimmed(xml_text(container)));
  return out;
}

// "YYYY-MM-DD" of a PDF date string ("D:20240305101500+03'00'"), else "".
std::string pdf_date(std::string_view s) {
  if (s.starts_with("D:")) s.remove_prefix(2);
  if (s.size() < 8) return "";
  return normalize_date(s.substr(0, 8));
}

}  // namespace

PdfMeta parse_xmp(std::string_view xml) {
  PdfMeta meta;
  const std::vector<std::string> titles = items(element(xml, "dc:title"));
  if (!titles.empty()) meta.title = titles[0];
  for (const std::string& name : items(element(xml, "dc:creator")))
    meta.author += (meta.author.empty() ? "" : ", ") + name;
  meta.created = normalize_date(trimmed(xml_text(element(xml, "xmp:CreateDate"))));
  return meta;
}

PdfMeta read_pdf_meta(const poppler::document& doc) {
  PdfMeta meta;
  meta.title = trimmed(normalize_pdf_word(utf8_of(doc.info_key("Title"))));
  meta.author = trimmed(normalize_pdf_word(utf8_of(doc.info_key("Author"))));
  meta.created = pdf_date(trimmed(utf8_of(doc.info_key("CreationDate"))));
  if (!meta.title.empty() && !meta.author.empty() && !meta.created.empty()) return meta;
  PdfMeta xmp = parse_xmp(utf8_of(doc.metadata()));
  xmp.title = normalize_pdf_word(xmp.title);
  xmp.author = normalize_pdf_word(xmp.author);
  if (meta.title.empty()) meta.title = xmp.title;
  if (meta.author.empty()) meta.author = xmp.author;
  if (meta.created.empty()) meta.created = xmp.created;
  return meta;
}

}  // namespace dossier
