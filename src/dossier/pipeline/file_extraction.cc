#include "dossier/pipeline/file_extraction.h"

#include <nlohmann/json.hpp>

#include "dossier/extract/dateline.h"

namespace dossier {

FileExtraction extract_file(const std::filesystem::path& path, const std::string& stdin_bytes,
                            const ReadOptions& options, const Models& models,
                            bool with_fingerprints) {
  FileExtraction r;
  r.read = path == "-" ? read_bytes(stdin_bytes, "-", "", options) : read_file(path, options);
  for (Document& doc : r.read.documents) {
    if (doc.published.empty()) {
      doc.published = find_dateline(doc.text);
      if (!doc.published.empty()) doc.metadata["published_from"] = "\"dateline\"";
    }
    const auto created = doc.metadata.find("pdf_created");
    if (doc.published.empty() && doc.format == "pdf" && created != doc.metadata.end()) {
      doc.published = nlohmann::json::parse(created->second).get<std::string>();
      doc.metadata["published_from"] = "\"pdf_created\"";
    }
    r.extractions.push_back(extract_document(doc, models));
    if (with_fingerprints) r.fingerprints.push_back(fingerprint(doc.text));
  }
  return r;
}

}  // namespace dossier
