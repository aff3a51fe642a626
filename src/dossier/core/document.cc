#include "dossier/core/document.h"

namespace dossier {

std::string Diagnostic::to_string() const {
  std::string out = file;
  if (!where.empty()) out += ":" + where;
  out += ": ";
  out += severity == Severity::kWarning ? "warning: " : "error: ";
  out += message;
  return out;
}

}  // namespace dossier
