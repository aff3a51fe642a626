#include "dossier/read/format.h"

#include "dossier/core/ascii.h"

namespace dossier {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v'; }

}  // namespace

std::string format_for_extension(const std::filesystem::path& path) {
  const std::string ext = ascii_lower(path.extension().string());
  if (ext == ".txt" || ext == ".text" || ext == ".md") return "txt";
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return "html";
  if (ext == ".jsonl" || ext == ".ndjson") return "jsonl";
  if (ext == ".pdf") return "pdf";
  return "";
}

std::string format_for_hint(std::string_view hint) {
  const std::string h = ascii_lower(hint);
  if (h.empty() || h == "auto") return "";
  if (h == "txt" || h == "text" || h == "md") return "txt";
  if (h == "html" || h == "htm") return "html";
  if (h == "jsonl" || h == "ndjson") return "jsonl";
  if (h == "pdf") return "pdf";
  return "?";
}

bool looks_like_pdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

std::string sniff_format(std::string_view text) {
  std::size_t first = 0;
  while (first < text.size() && is_space(text[first])) ++first;
  if (first < text.size() && text[first] == '<') return "html";
  if (ascii_lower(text.substr(0, 4096)).find("<html") != std::string::npos) return "html";
  bool any_line = false;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::size_t i = pos;
    while (i < end && is_space(text[i])) ++i;
    if (i < end) {
      if (text[i] != '{') return "txt";
      any_line = true;
    }
    pos = end + 1;
  }
  return any_line ? "jsonl" : "txt";
}

}  // namespace dossier
