#include "dossier/export/uuid5.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace dossier {

std::optional<Uuid> parse_uuid(std::string_view text) {
  Uuid out{};
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return std::nullopt;
      continue;
    }
    int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (v < 0 || n >= 32) return std::nullopt;
    out[n / 2] = static_cast<std::uint8_t>(out[n / 2] | (n % 2 ? v : v << 4));
    ++n;
  }
  if (n != 32 || text.size() != 36) return std::nullopt;
  return out;
}

std::string uuid5(const Uuid& space, std::string_view name) {
  std::string input(space.begin(), space.end());
  input.append(name);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(input.data(), input.size(), digest, &size, EVP_sha1(), nullptr) != 1)
    throw std::runtime_error("SHA-1 failed");
  digest[6] = static_cast<unsigned char>((digest[6] & 0x0f) | 0x50);
  digest[8] = static_cast<unsigned char>((digest[8] & 0x3f) | 0x80);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

}  // namespace dossier
