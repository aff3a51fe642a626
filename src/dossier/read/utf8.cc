#include "dossier/read/utf8.h"

namespace dossier {
namespace {

// Length of the well-formed sequence at `p` (1-4), or 0 when ill-formed; on failure
// `*bad_len` is the length of the maximal subpart to replace (at least 1).
std::size_t sequence_length(const unsigned char* p, std::size_t avail, std::size_t* bad_len) {
  const unsigned char lead = p[0];
  std::size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 3;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 4;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    *bad_len = 1;
    return 0;
  }
  std::size_t i = 1;
  for (; i < need && i < avail; ++i) {
    const unsigned char lower = i == 1 ? lo : 0x80;
    const unsigned char upper = i == 1 ? hi : 0xBF;
    if (p[i] < lower || p[i] > upper) break;
  }
  if (i == need) return need;
  *bad_len = i;
  return 0;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    std::size_t bad_len;
    const std::size_t len = sequence_length(p + i, n - i, &bad_len);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string repair_utf8(std::string_view bytes, Utf8Repair* report) {
  *report = Utf8Repair{};
  if (is_valid_utf8(bytes)) return std::string(bytes);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::string out;
  out.reserve(n + 16);
  std::size_t i = 0;
  while (i < n) {
    std::size_t run = i;
    while (run < n && p[run] < 0x80) ++run;
    out.append(bytes.data() + i, run - i);
    i = run;
    if (i == n) break;
    std::size_t bad_len;
    const std::size_t len = sequence_length(p + i, n - i, &bad_len);
    if (len > 0) {
      out.append(bytes.data() + i, len);
      i += len;
      continue;
    }
    if (report->bad_sequences++ == 0) report->first_bad_offset = i;
    out.append(kReplacement);
    i += bad_len;
  }
  return out;
}

void append_utf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string utf16_to_utf8(std::string_view bytes, bool big_endian, Utf8Repair* report) {
  *report = Utf8Repair{};
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t units = bytes.size() / 2;
  auto unit = [&](std::size_t k) -> char16_t {
    const unsigned a = p[2 * k], b = p[2 * k + 1];
    return static_cast<char16_t>(big_endian ? (a << 8 | b) : (b << 8 | a));
  };
  auto bad = [&](std::size_t offset, std::string* out) {
    if (report->bad_sequences++ == 0) report->first_bad_offset = offset;
    out->append(kReplacement);
  };
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t k = 0; k < units; ++k) {
    const char16_t u = unit(k);
    if (u < 0xD800 || u > 0xDFFF) {
      append_utf8(u, &out);
    } else if (u <= 0xDBFF && k + 1 < units && unit(k + 1) >= 0xDC00 && unit(k + 1) <= 0xDFFF) {
      append_utf8(0x10000 + ((char32_t{u} - 0xD800) << 10) + (unit(k + 1) - 0xDC00), &out);
      ++k;
    } else {
      bad(2 * k, &out);
    }
  }
  if (bytes.size() % 2 != 0) bad(bytes.size() - 1, &out);
  return out;
}

}  // namespace dossier
