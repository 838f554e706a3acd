// Phase timings for profiling a run: with FLEXC_TIMING set in the environment, each mark prints
// the seconds since the first mark and the CPU seconds of the process to stderr. Off (one
// branch) otherwise. Benchmarks use it to see where a fleet check spends its time.
#pragma once

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace flexc::phase {

inline void mark(const char* what) {
  static const bool on = std::getenv("FLEXC_TIMING") != nullptr;
  if (!on) return;
  static const auto start = std::chrono::steady_clock::now();
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "flexc: timing: %-10s wall %.3f s, cpu %.3f s\n", what, wall,
               static_cast<double>(std::clock()) / CLOCKS_PER_SEC);
}

}  // namespace flexc::phase
