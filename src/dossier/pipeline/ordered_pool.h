// Runs a function over items on N threads and hands results back in input order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dossier {

// Calls work(i) for i in [0, count) on `threads` workers and consume(i, result)
// on the calling thread in increasing i. At most `window` results wait for
// consumption at once, so memory stays bounded whatever the count. If consume
// throws, or a worker thread cannot be started, the workers are stopped and the
// exception propagates. work must not throw.
template <typename Result>
void ordered_parallel(std::size_t count, unsigned threads, std::size_t window,
                      const std::function<Result(std::size_t)>& work,
                      const std::function<void(std::size_t, Result&)>& consume) {
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) {
      Result r = work(i);
      consume(i, r);
    }
    return;
  }
  std::mutex mu;
  std::condition_variable produced, consumed;
  std::vector<std::optional<Result>> slots(window);
  std::size_t next = 0, done_upto = 0;
  bool stop = false;
  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mu);
        consumed.wait(lock, [&] { return stop || next >= count || next < done_upto + window; });
        if (stop || next >= count) return;
        i = next++;
      }
      Result r = work(i);
      std::lock_guard lock(mu);
      slots[i % window].emplace(std::move(r));
      produced.notify_all();
    }
  };
  std::vector<std::thread> pool;
  try {
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (std::size_t i = 0; i < count; ++i) {
      std::optional<Result> r;
      {
        std::unique_lock lock(mu);
        produced.wait(lock, [&] { return slots[i % window].has_value(); });
        r.swap(slots[i % window]);
      }
      consume(i, *r);
      std::lock_guard lock(mu);
      done_upto = i + 1;
      consumed.notify_all();
    }
  } catch (...) {
    {
      std::lock_guard lock(mu);
      stop = true;
      consumed.notify_all();
    }
    for (auto& t : pool) t.join();
    throw;
  }
  for (auto& t : pool) t.join();
}

}  // namespace dossier
