// One writing process per store at a time.
//
// Ingest and resolve keep in-memory indexes of the store's entities and events, read when
// they start; a second writer committing between their transactions would make those
// indexes stale. So a writer holds an advisory lock (flock) on "<store>-lock" for its whole
// run, and a second writer waits for the first to finish, saying so on `note`. The kernel
// releases the lock when its process ends, however it ends (kill -9 included), so a crash
// never leaves the store locked. Readers (search, show, export) take no lock: SQLite's WAL
// mode lets them read while a writer writes.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string>

namespace dossier {

class WriterLock {
 public:
  // Blocks until this process is the only writer of the store at `store_path`. When another
  // process holds the lock, first writes one line to `note` naming the store and the
  // holder's pid, and a second line once the wait is over. Returns null with *error when
  // the lock file cannot be created or locked.
  static std::unique_ptr<WriterLock> acquire(const std::filesystem::path& store_path,
                                             std::ostream& note, std::string* error);

  // Removes the lock file and releases the lock.
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

  // "<store>-lock".
  static std::filesystem::path lock_path(const std::filesystem::path& store_path);

 private:
  WriterLock(std::filesystem::path path, int fd) : path_(std::move(path)), fd_(fd) {}

  std::filesystem::path path_;
  int fd_;
};

}  // namespace dossier
