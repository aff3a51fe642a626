#include "dossier/read/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <utility>

#include "dossier/read/format.h"
#include "dossier/read/html_reader.h"
#include "dossier/read/jsonl_reader.h"
#include "dossier/read/pdf_reader.h"
#include "dossier/read/text_decode.h"
#include "dossier/read/txt_reader.h"

namespace dossier {
namespace {

ReadResult rejected(const std::string& file, std::string message) {
  ReadResult result;
  result.diagnostics.push_back({Diagnostic::Severity::kRejected, file, "", std::move(message)});
  return result;
}

std::string over_limit(std::uint64_t size, std::uint64_t limit, bool exact) {
  return (exact ? "file is " + std::to_string(size) + " bytes, over" : "input is over") +
         std::string(" the limit of ") + std::to_string(limit) + " bytes";
}

// Reads at most `limit` + 1 bytes of `fd` into `data`; errno-style error or 0.
int read_all(int fd, std::uint64_t limit, std::string* data) {
  char buffer[1 << 16];
  while (data->size() <= limit) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    data->append(buffer, static_cast<std::size_t>(n));
  }
  return 0;
}

// Whether an input is one the user named or one a JSON Lines record's "path" names, which
// may not be JSON Lines itself (a file naming itself would never end).
enum class Origin { kNamed, kRecordPath };

ReadResult read_file_from(const std::filesystem::path& path, const ReadOptions& options,
                          Origin origin);

// read_bytes with the format already resolved from the hint or the extension.
ReadResult read_format(std::string_view bytes, const std::string& name, std::string format,
                       const ReadOptions& options, Origin origin) {
  if (bytes.empty()) return rejected(name, "empty file");
  if (bytes.size() > options.max_bytes) {
    return rejected(name, over_limit(bytes.size(), options.max_bytes, true));
  }
  ReadResult result;
  if (format == "pdf" || (format.empty() && looks_like_pdf(bytes))) {
    read_pdf(bytes, name, options, &result);
    return result;
  }
  std::optional<std::string> text = decode_text(bytes, name, &result.diagnostics);
  if (!text) return result;
  if (format.empty()) format = sniff_format(*text);
  if (format == "jsonl" && origin == Origin::kRecordPath) {
    return rejected(name, "a JSON Lines file, not a report");
  } else if (format == "html") {
    read_html(*text, name, &result);
  } else if (format == "jsonl") {
    const ReadReport read_report = [&options](const std::filesystem::path& path) {
      return read_file_from(path, options, Origin::kRecordPath);
    };
    read_jsonl(*text, name, read_report, &result);
  } else {
    read_txt(std::move(*text), name, &result);
  }
  return result;
}

ReadResult read_file_from(const std::filesystem::path& path, const ReadOptions& options,
                          Origin origin) {
  const std::string name = path.string();
  // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return rejected(name, std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    const int error = errno;
    ::close(fd);
    return rejected(name, std::strerror(error));
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return rejected(name, "is a directory");
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return rejected(name, "not a regular file");
  }
  if (static_cast<std::uint64_t>(st.st_size) > options.max_bytes) {
    ::close(fd);
    return rejected(name, over_limit(st.st_size, options.max_bytes, true));
  }
  std::string data;
  data.reserve(st.st_size);
  const int error = read_all(fd, options.max_bytes, &data);
  ::close(fd);
  if (error != 0) return rejected(name, std::strerror(error));
  if (data.size() > options.max_bytes) {
    return rejected(name, over_limit(data.size(), options.max_bytes, false));
  }
  return read_format(data, name, format_for_extension(path), options, origin);
}

}  // namespace

ReadResult read_bytes(std::string_view bytes, const std::string& name,
                      const std::string& format_hint, const ReadOptions& options) {
  const std::string format = format_for_hint(format_hint);
  if (format == "?") return rejected(name, "unknown format \"" + format_hint + "\"");
  return read_format(bytes, name, format, options, Origin::kNamed);
}

ReadResult read_file(const std::filesystem::path& path, const ReadOptions& options) {
  return read_file_from(path, options, Origin::kNamed);
}

}  // namespace dossier
