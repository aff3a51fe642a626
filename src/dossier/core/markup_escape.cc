#include "dossier/core/markup_escape.h"

namespace dossier {
namespace {

enum class Markup { kHtml, kXml };

std::string escape(std::string_view text, Markup markup) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += markup == Markup::kHtml ? "&#39;" : "'";
        break;
      default:
        if (markup == Markup::kHtml || static_cast<unsigned char>(c) >= 0x20 || c == '\t' ||
            c == '\n' || c == '\r')
          out += c;
    }
  }
  return out;
}

}  // namespace

std::string html_escape(std::string_view text) { return escape(text, Markup::kHtml); }

std::string xml_escape(std::string_view text) { return escape(text, Markup::kXml); }

}  // namespace dossier
