// The identity of a document: the SHA-256 of its stored text.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// SHA-256 of `text` as 64 lowercase hex digits (OpenSSL libcrypto). Throws Error when
// libcrypto fails.
std::string content_hash(std::string_view text);

}  // namespace dossier
