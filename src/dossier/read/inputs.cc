#include <algorithm>
#include <system_error>

#include "dossier/read/reader.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

bool is_hidden_name(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

void reject(std::string file, std::string message, std::vector<Diagnostic>* diagnostics) {
  if (diagnostics != nullptr) {
    diagnostics->push_back(
        {Diagnostic::Severity::kRejected, std::move(file), "", std::move(message)});
  }
}

// What a path that is neither a regular file nor a directory is ("a FIFO"), or "" for
// regular files and paths that do not resolve (read_file reports those).
std::string_view special_kind(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::character:
      return "a character device";
    case fs::file_type::block:
      return "a block device";
    case fs::file_type::unknown:
      return "of an unknown type";
    default:
      return {};
  }
}

// Appends `path` to `files`, or a warning when it is a FIFO, socket or device: reading
// one could block forever or never end.
void add_file(const fs::path& path, fs::file_type type, std::vector<fs::path>* files,
              std::vector<Diagnostic>* diagnostics) {
  const std::string_view kind = special_kind(type);
  if (kind.empty()) {
    files->push_back(path);
  } else if (diagnostics != nullptr) {
    diagnostics->push_back({Diagnostic::Severity::kWarning, path.string(), "",
                            "skipped: not a regular file (" + std::string(kind) + ")"});
  }
}

// Appends the files below `dir` in sorted order, without hidden ones.
void walk_directory(const fs::path& dir, std::vector<fs::path>* files,
                    std::vector<Diagnostic>* diagnostics) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    reject(dir.string(), ec.message(), diagnostics);
    return;
  }
  std::vector<fs::path> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (!is_hidden_name(it->path())) entries.push_back(it->path());
  }
  if (ec) reject(dir.string(), ec.message(), diagnostics);
  std::sort(entries.begin(), entries.end());
  for (const fs::path& entry : entries) {
    const fs::file_status status = fs::status(entry, ec);
    if (fs::is_directory(status)) {
      // Linked directories are not followed inside a walk: they may loop.
      if (!fs::is_symlink(entry, ec)) walk_directory(entry, files, diagnostics);
    } else {
      add_file(entry, status.type(), files, diagnostics);
    }
  }
}

}  // namespace

std::vector<fs::path> expand_inputs(const std::vector<std::string>& args,
                                    std::vector<Diagnostic>* diagnostics) {
  std::vector<fs::path> files;
  for (const std::string& arg : args) {
    if (arg == "-") {
      files.emplace_back(arg);
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) {
      reject(arg, ec ? ec.message() : "no such file or directory", diagnostics);
    } else if (fs::is_directory(status)) {
      walk_directory(arg, &files, diagnostics);
    } else {
      add_file(arg, status.type(), &files, diagnostics);
    }
  }
  return files;
}

}  // namespace dossier
