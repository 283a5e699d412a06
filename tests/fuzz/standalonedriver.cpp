// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for libFuzzer's main when the compiler has none (GCC): replays every file of the
// corpus dirs/files given, then runs -runs=N mutations of them (bit flips, byte insertions and
// deletions, splices, truncations) from a fixed -seed, so a ctest smoke run is repeatable.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

using Input = std::vector<uint8_t>;

Input readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return Input(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void run(const Input &input)
{
    LLVMFuzzerTestOneInput(input.data(), input.size());
}

Input mutate(const Input &base, const std::vector<Input> &corpus, std::mt19937_64 &rng)
{
    Input out = base;
    const int edits = 1 + int(rng() % 8);
    for (int e = 0; e < edits; ++e) {
        switch (rng() % 6) {
        case 0: // flip a bit
            if (!out.empty())
                out[rng() % out.size()] ^= uint8_t(1u << (rng() % 8));
            break;
        case 1: // insert a byte (often a structural one)
        {
            static const char structural[] = "{}[]:,\"'\n\r\t -|&*!#\\\0\xff";
            const uint8_t byte = (rng() % 2) ? uint8_t(structural[rng() % (sizeof structural - 1)]) : uint8_t(rng());
            out.insert(out.begin() + std::ptrdiff_t(out.empty() ? 0 : rng() % (out.size() + 1)), byte);
            break;
        }
        case 2: // delete a range
            if (!out.empty()) {
                const size_t at = rng() % out.size();
                const size_t len = 1 + rng() % std::min<size_t>(16, out.size() - at);
                out.erase(out.begin() + std::ptrdiff_t(at), out.begin() + std::ptrdiff_t(at + len));
            }
            break;
        case 3: // splice in part of another input
            if (!corpus.empty()) {
                const Input &other = corpus[rng() % corpus.size()];
                if (!other.empty()) {
                    const size_t from = rng() % other.size();
                    const size_t len = 1 + rng() % std::min<size_t>(64, other.size() - from);
                    out.insert(out.begin() + std::ptrdiff_t(out.empty() ? 0 : rng() % (out.size() + 1)),
                               other.begin() + std::ptrdiff_t(from), other.begin() + std::ptrdiff_t(from + len));
                }
            }
            break;
        case 4: // truncate
            if (!out.empty())
                out.resize(rng() % out.size());
            break;
        default: // duplicate a chunk (deep nesting, long lines)
            if (!out.empty() && out.size() < 1 << 16) {
                const size_t at = rng() % out.size();
                const size_t len = 1 + rng() % std::min<size_t>(32, out.size() - at);
                const Input chunk(out.begin() + std::ptrdiff_t(at), out.begin() + std::ptrdiff_t(at + len));
                for (int i = 0; i < 1 + int(rng() % 64); ++i)
                    out.insert(out.begin() + std::ptrdiff_t(at), chunk.begin(), chunk.end());
            }
            break;
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    long runs = 1000;
    unsigned long long seed = 1;
    std::vector<Input> corpus;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strncmp(arg, "-runs=", 6) == 0) {
            runs = std::strtol(arg + 6, nullptr, 10);
        } else if (std::strncmp(arg, "-seed=", 6) == 0) {
            seed = std::strtoull(arg + 6, nullptr, 10);
        } else if (arg[0] == '-') {
            continue; // other libFuzzer flags mean nothing here
        } else if (std::filesystem::is_directory(arg)) {
            for (const auto &entry : std::filesystem::directory_iterator(arg)) {
                if (entry.is_regular_file())
                    corpus.push_back(readFile(entry.path()));
            }
        } else {
            corpus.push_back(readFile(arg));
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "standalone fuzz driver: no corpus given\n");
        return 2;
    }
    for (const Input &input : corpus)
        run(input);
    std::mt19937_64 rng(seed);
    for (long i = 0; i < runs; ++i)
        run(mutate(corpus[rng() % corpus.size()], corpus, rng));
    std::printf("standalone fuzz driver: %zu seeds, %ld mutations, no crash\n", corpus.size(), runs);
    return 0;
}
