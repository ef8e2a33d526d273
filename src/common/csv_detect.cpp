#include <array>
#include <vector>

#include "common/csv.h"
#include "common/csv_sniff.h"

namespace fieldbook {

namespace {

constexpr std::array<char, 4> kCandidates = {',', ';', '\t', '|'};
using Counts = std::array<std::size_t, kCandidates.size()>;

}  // namespace

char detect_delimiter(std::string_view sample) {
  const bool capped = sample.size() > csv_detail::kSniffBytes;
  sample = sample.substr(0, csv_detail::kSniffBytes);

  std::vector<Counts> lines;
  Counts current{};
  csv_detail::LineCounter counter;
  for (char c : sample) {
    const bool quoted = counter.in_quotes;
    if (counter.step(c)) {
      lines.push_back(current);
      current = {};
      if (lines.size() == csv_detail::kSniffLines) break;
      continue;
    }
    if (quoted) continue;
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
      if (c == kCandidates[k]) ++current[k];
    }
  }
  // A last line without a break counts unless the sample was cut off in the middle of it.
  if (lines.size() < csv_detail::kSniffLines && counter.line_has_text && (!capped || lines.empty())) {
    lines.push_back(current);
  }

  char best = ',';
  std::size_t best_lines = 0;
  std::size_t best_count = 0;
  for (std::size_t k = 0; k < kCandidates.size(); ++k) {
    // The most common non-zero count per line (larger count on a tie), and on how many lines.
    std::size_t mode = 0;
    std::size_t mode_lines = 0;
    for (const Counts& line : lines) {
      if (line[k] == 0) continue;
      std::size_t same = 0;
      for (const Counts& other : lines) same += other[k] == line[k] ? 1 : 0;
      if (same > mode_lines || (same == mode_lines && line[k] > mode)) {
        mode = line[k];
        mode_lines = same;
      }
    }
    if (mode_lines > best_lines || (mode_lines == best_lines && mode_lines > 0 && mode > best_count)) {
      best = kCandidates[k];
      best_lines = mode_lines;
      best_count = mode;
    }
  }
  return best;
}

}  // namespace fieldbook
