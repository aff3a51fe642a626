#pragma once

#include <string>
#include <vector>

namespace dossier::bench {

// The documents the microbenchmarks run on: the .txt files of the directory
// named by $DOSSIER_BENCH_CORPUS (as written by bench/make_corpus.py), up to
// about 1 MB in file-name order; without it, a few built-in invented reports.
const std::vector<std::string>& sample_documents();

// Total bytes of sample_documents().
long long sample_bytes();

}  // namespace dossier::bench
