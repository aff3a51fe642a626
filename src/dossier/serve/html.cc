#include "dossier/serve/html.h"

#include "dossier/core/markup_escape.h"

namespace dossier::serve {

std::string url_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string snippet_html(std::string_view snippet) {
  static constexpr std::string_view kOpen = "\u00ab", kClose = "\u00bb";
  std::string out;
  std::size_t at = 0;
  while (at < snippet.size()) {
    std::size_t open = snippet.find(kOpen, at);
    std::size_t close = open == std::string_view::npos ? open : snippet.find(kClose, open);
    if (close == std::string_view::npos) break;
    out += html_escape(snippet.substr(at, open - at));
    out += "<mark>" +
           html_escape(snippet.substr(open + kOpen.size(), close - open - kOpen.size())) +
           "</mark>";
    at = close + kClose.size();
  }
  return out + html_escape(snippet.substr(std::min(at, snippet.size())));
}

std::string layout(std::string_view title, std::string_view body) {
  std::string out =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>" +
      html_escape(title) +
      " \u2014 dossier</title><link rel=\"stylesheet\" href=\"/assets/style.css\">"
      "<script src=\"/assets/app.js\" defer></script></head><body>"
      "<a class=\"skip\" href=\"#main\">Skip to content</a>"
      "<header><nav aria-label=\"Sections\"><a class=\"brand\" href=\"/\">dossier</a>"
      "<a href=\"/documents\">Documents</a><a href=\"/entities\">Entities</a>"
      "<a href=\"/incidents\">Incidents</a><a href=\"/conflicts\">Conflicts</a>"
      "<a href=\"/timeline\">Timeline</a><a href=\"/map\">Map</a>"
      "<form role=\"search\" action=\"/search\" method=\"get\"><label class=\"hidden\" "
      "for=\"q\">Search reports</label><input id=\"q\" name=\"q\" type=\"search\" "
      "placeholder=\"Search reports (press /)\"></form></nav></header>"
      "<main id=\"main\" tabindex=\"-1\"><h1>" +
      html_escape(title) + "</h1>";
  out += body;
  out += "</main></body></html>\n";
  return out;
}

std::string error_page(int status, std::string_view message) {
  return layout("Error " + std::to_string(status),
                "<p class=\"error\">" + html_escape(message) + "</p>");
}

}  // namespace dossier::serve
