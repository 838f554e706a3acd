// Phase timings for profiling a run: with FLEXC_TIMING set in the environment, each mark prints to
// stderr the seconds since the first mark, and the CPU seconds, peak resident memory and page
// faults of the process so far (faults of fresh memory are a good part of a fleet's system time).
// Off (one branch) otherwise. Benchmarks use it to see where a fleet check spends its time.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <sys/resource.h>

namespace flexc::phase {

inline void mark(const char* what) {
  static const bool on = std::getenv("FLEXC_TIMING") != nullptr;
  if (!on) return;
  static const auto start = std::chrono::steady_clock::now();
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  struct rusage ru {};
  ::getrusage(RUSAGE_SELF, &ru);
  std::fprintf(stderr, "flexc: timing: %-10s wall %.3f s, cpu %.3f s, peak RSS %ld MB, page faults %ld\n", what,
               wall, static_cast<double>(std::clock()) / CLOCKS_PER_SEC, ru.ru_maxrss / 1024, ru.ru_minflt);
}

}  // namespace flexc::phase
