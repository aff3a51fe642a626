#include "dossier/read/jsonl_reader.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "dossier/read/published_date.h"
#include "dossier/read/text_decode.h"

namespace dossier {
namespace {

using nlohmann::json;

// The Document of the report file a record's "path" names, resolved against the folder of
// the JSON Lines file `source`; nullopt when it cannot be read. The file's diagnostics go
// to `diagnose`, naming the path.
template <typename Diagnose>
std::optional<Document> read_path(const json& path, const std::string& source,
                                  const ReadReport& read_report, const Diagnose& diagnose) {
  const std::string& given = path.get_ref<const std::string&>();
  const std::filesystem::path file = std::filesystem::path(source).parent_path() / given;
  ReadResult read = read_report(file);
  for (Diagnostic& d : read.diagnostics)
    diagnose(d.severity, "\"path\" " + given + (d.where.empty() ? "" : ":" + d.where) + ": " +
                             std::move(d.message));
  if (read.documents.size() != 1) return std::nullopt;
  return std::move(read.documents[0]);
}

// Reads line `number` (not blank) into `out`: a Document, or a rejection.
void read_line(std::string_view line, std::size_t number, const std::string& source,
               const ReadReport& read_report, ReadResult* out) {
  const std::string where = "line " + std::to_string(number);
  auto diagnose = [&](Diagnostic::Severity severity, std::string message) {
    out->diagnostics.push_back({severity, source, where, std::move(message)});
  };
  json record;
  try {
    record = json::parse(line);
  } catch (const json::parse_error& e) {
    diagnose(Diagnostic::Severity::kRejected,
             "not valid JSON (error at column " + std::to_string(e.byte) + ")");
    return;
  } catch (const json::out_of_range&) {
    // nlohmann throws this, not parse_error, for a number no double can hold ("1e999").
    diagnose(Diagnostic::Severity::kRejected, "not valid JSON (a number too large to read)");
    return;
  }
  if (!record.is_object()) {
    diagnose(Diagnostic::Severity::kRejected, "not a JSON object");
    return;
  }
  const auto text = record.find("text");
  const auto path = record.find("path");
  if (text != record.end() && path != record.end()) {
    diagnose(Diagnostic::Severity::kRejected, "both \"text\" and \"path\": give one");
    return;
  }
  const auto body = text != record.end() ? text : path;
  if (body == record.end()) {
    diagnose(Diagnostic::Severity::kRejected, "missing \"text\" (or \"path\")");
    return;
  }
  const std::string key = body == text ? "text" : "path";
  if (!body->is_string()) {
    diagnose(Diagnostic::Severity::kRejected, "\"" + key + "\" is not a string");
    return;
  }
  if (is_blank(body->get_ref<const std::string&>())) {
    diagnose(Diagnostic::Severity::kRejected, "empty \"" + key + "\"");
    return;
  }

  Document doc;
  if (body == text) {
    doc.format = "jsonl";
    doc.text = normalize_newlines(text->get_ref<const std::string&>());
  } else if (std::optional<Document> read = read_path(*path, source, read_report, diagnose)) {
    doc = std::move(*read);
  } else {
    return;
  }
  // A string field, or "" (with a warning unless null) for any other type.
  auto string_field = [&](const char* key, const json& value) -> std::string {
    if (value.is_string()) return value.get<std::string>();
    if (!value.is_null()) {
      diagnose(Diagnostic::Severity::kWarning,
               std::string("\"") + key + "\" is not a string; ignored");
    }
    return "";
  };
  // The record's value for a field the file may also give: kept unless empty.
  auto override_with = [](std::string value, std::string* field) {
    if (!value.empty()) *field = std::move(value);
  };
  for (const auto& [key, value] : record.items()) {
    if (key == "text") continue;
    if (key == "id") {
      doc.external_id = value.is_number_integer() || value.is_number_unsigned()
                            ? value.dump()
                            : string_field("id", value);
    } else if (key == "url") {
      override_with(string_field("url", value), &doc.url);
    } else if (key == "title") {
      override_with(string_field("title", value), &doc.title);
    } else if (key == "published") {
      const std::string raw = string_field("published", value);
      const std::string published = normalize_date(raw);
      if (published.empty() && !raw.empty()) {
        diagnose(Diagnostic::Severity::kWarning,
                 "\"published\" value \"" + raw + "\" is not a date; ignored");
      }
      override_with(published, &doc.published);
    } else {
      doc.metadata[key] = value.dump();
    }
  }
  doc.source =
      source + "#" + (doc.external_id.empty() ? "line" + std::to_string(number) : doc.external_id);
  out->documents.push_back(std::move(doc));
}

}  // namespace

void read_jsonl(std::string_view text, const std::string& source, const ReadReport& read_report,
                ReadResult* out) {
  std::size_t number = 0, records = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    ++number;
    if (!is_blank(line)) {
      ++records;
      read_line(line, number, source, read_report, out);
    }
    pos = end + 1;
  }
  if (records == 0)
    out->diagnostics.push_back(
        {Diagnostic::Severity::kRejected, source, "", "no records: only blank lines"});
}

}  // namespace dossier
