#include "dossier/read/text_decode.h"

#include <algorithm>
#include <cstring>

#include "dossier/read/utf8.h"

namespace dossier {
namespace {

// Control characters other than tab, LF, VT, FF, CR and ESC.
bool is_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B) ||
         c == 0x7F;
}

// Why `bytes` looks binary, or nullptr when it looks like text.
const char* binary_reason(std::string_view bytes) {
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    return "binary file (contains NUL bytes)";
  }
  const std::size_t sample = std::min<std::size_t>(bytes.size(), 1 << 16);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < sample; ++i) {
    controls += is_control(static_cast<unsigned char>(bytes[i]));
  }
  if (controls * 32 > sample) return "binary file (too many control characters)";
  return nullptr;
}

void reject(const std::string& file, const char* message, std::vector<Diagnostic>* diagnostics) {
  diagnostics->push_back({Diagnostic::Severity::kRejected, file, "", message});
}

}  // namespace

std::string normalize_newlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const void* cr = std::memchr(text.data() + i, '\r', text.size() - i);
    const std::size_t end = cr ? static_cast<const char*>(cr) - text.data() : text.size();
    out.append(text.data() + i, end - i);
    if (end == text.size()) break;
    out.push_back('\n');
    i = end + 1;
    if (i < text.size() && text[i] == '\n') ++i;
  }
  return out;
}

bool is_blank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::optional<std::string> decode_text(std::string_view bytes, const std::string& file,
                                       std::vector<Diagnostic>* diagnostics) {
  Utf8Repair repair;
  std::string text;
  std::size_t bom = 0;
  const bool utf16le = bytes.substr(0, 2) == "\xFF\xFE";
  const bool utf16be = bytes.substr(0, 2) == "\xFE\xFF";
  if (utf16le || utf16be) {
    text = utf16_to_utf8(bytes.substr(2), utf16be, &repair);
    bom = 2;
    if (const char* reason = binary_reason(text)) {
      reject(file, reason, diagnostics);
      return std::nullopt;
    }
  } else {
    if (const char* reason = binary_reason(bytes)) {
      reject(file, reason, diagnostics);
      return std::nullopt;
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
      bytes.remove_prefix(3);
      bom = 3;
    }
    text = repair_utf8(bytes, &repair);
  }
  if (repair.bad_sequences > 0) {
    const std::string offset = std::to_string(repair.first_bad_offset + bom);
    diagnostics->push_back({Diagnostic::Severity::kWarning, file, "byte " + offset,
                            (utf16le || utf16be ? "invalid UTF-16: " : "invalid UTF-8: ") +
                                std::to_string(repair.bad_sequences) +
                                (repair.bad_sequences == 1 ? " bad sequence" : " bad sequences") +
                                " replaced with U+FFFD, the first at byte " + offset});
  }
  if (text.find('\r') != std::string::npos) text = normalize_newlines(text);
  return text;
}

}  // namespace dossier
