#include "dossier/store/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <ostream>

namespace dossier {
namespace {

// The pid the holder wrote into the lock file, or "" when there is none yet.
std::string holder_pid(int fd) {
  char buffer[32] = {};
  const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  std::string pid(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid;
}

// Whether `fd` is still the file at `path`: a releasing holder unlinks the file, so a
// waiter that locked the old file must open the new one.
bool is_current(int fd, const std::filesystem::path& path) {
  struct stat open_file, named;
  return ::fstat(fd, &open_file) == 0 && ::stat(path.c_str(), &named) == 0 &&
         open_file.st_dev == named.st_dev && open_file.st_ino == named.st_ino;
}

}  // namespace

std::filesystem::path WriterLock::lock_path(const std::filesystem::path& store_path) {
  return store_path.string() + "-lock";
}

std::unique_ptr<WriterLock> WriterLock::acquire(const std::filesystem::path& store_path,
                                                std::ostream& note, std::string* error) {
  const std::filesystem::path path = lock_path(store_path);
  bool waited = false;
  const auto start = std::chrono::steady_clock::now();
  for (;;) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      if (error != nullptr)
        *error = path.string() + ": cannot create lock: " + std::strerror(errno);
      return nullptr;
    }
    int rc = ::flock(fd, LOCK_EX | LOCK_NB);
    if (rc != 0 && errno == EWOULDBLOCK) {
      if (!waited) {
        const std::string pid = holder_pid(fd);
        note << "dossier: " << store_path.string() << " is being written by another dossier"
             << (pid.empty() ? "" : " (pid " + pid + ")") << "; waiting for it to finish\n"
             << std::flush;
        waited = true;
      }
      while ((rc = ::flock(fd, LOCK_EX)) != 0 && errno == EINTR) {
      }
    }
    if (rc != 0) {
      if (error != nullptr) *error = path.string() + ": cannot lock: " + std::strerror(errno);
      ::close(fd);
      return nullptr;
    }
    if (!is_current(fd, path)) {
      ::close(fd);
      continue;
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
      // The pid only makes the note of a waiting writer more helpful; the lock holds anyway.
    }
    if (waited) {
      const auto seconds =
          std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start)
              .count();
      note << "dossier: the other writer finished after " << seconds << " s; continuing\n"
           << std::flush;
    }
    return std::unique_ptr<WriterLock>(new WriterLock(path, fd));
  }
}

WriterLock::~WriterLock() {
  // Unlinked before it is unlocked: a waiter that then gets the lock sees that its file is
  // gone (is_current) and starts over on a new one.
  ::unlink(path_.c_str());
  ::close(fd_);
}

}  // namespace dossier
