// For tests of failures: the message of the dossier::Error a call throws.
#pragma once

#include <string>

#include "dossier/core/error.h"

namespace dossier {

// What `run` throws as a dossier::Error; "" when it throws nothing.
template <typename Run>
std::string error_message(Run run) {
  try {
    run();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace dossier
