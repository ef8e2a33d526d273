#include "okr/progress.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace fieldbook::okr {

std::vector<const CheckIn*> check_ins_of(std::span<const CheckIn> check_ins, const std::string& key_result_id) {
  std::vector<const CheckIn*> out;
  for (const CheckIn& c : check_ins)
    if (c.key_result_id == key_result_id) out.push_back(&c);
  return out;
}

const CheckIn* latest_check_in(std::span<const CheckIn* const> check_ins) {
  const CheckIn* latest = nullptr;
  // When it was written: unknown (empty) is older than any time.
  auto written = [](const CheckIn* c) { return parse_iso_timestamp(c->updated_at).value_or(Timestamp{INT64_MIN}); };
  for (const CheckIn* c : check_ins) {
    // ISO dates compare as text. Of two on one day the one written later wins, so two devices
    // that merged each other's check-ins (in different list orders) read the same value; only
    // when that ties too does the later in the list win.
    if (!latest || c->date > latest->date) {
      latest = c;
    } else if (c->date == latest->date) {
      const Timestamp a = written(c), b = written(latest);
      if (a >= b) latest = c;
    }
  }
  return latest;
}

double current_value(const KeyResult& kr, const CheckIn* latest) { return latest ? latest->value : kr.start; }

double progress_raw(const KeyResult& kr, double current) {
  switch (kr.type) {
    case KeyResultType::Increase:
      if (kr.target == kr.start) return current >= kr.target ? 1 : 0;
      return (current - kr.start) / (kr.target - kr.start);
    case KeyResultType::Decrease:
      if (kr.target == kr.start) return current <= kr.target ? 1 : 0;
      return (current - kr.start) / (kr.target - kr.start);
    case KeyResultType::StayAbove:
      return current >= kr.target ? 1 : 0;
    case KeyResultType::StayBelow:
      return current <= kr.target ? 1 : 0;
    case KeyResultType::Milestone:
      return current;
  }
  return 0;
}

double clamp01(double x) { return std::isnan(x) ? 0 : std::clamp(x, 0.0, 1.0); }

double progress(const KeyResult& kr, double current) { return clamp01(progress_raw(kr, current)); }

double weighted_progress(std::span<const double> progress, std::span<const double> weights) {
  if (progress.empty()) return 0;
  const auto weight = [&](std::size_t i) { return i < weights.size() ? std::max(weights[i], 0.0) : 0; };
  double sum = 0, total = 0;
  for (std::size_t i = 0; i < progress.size(); ++i) {
    sum += weight(i) * progress[i];
    total += weight(i);
  }
  if (!std::isfinite(total)) {
    // Weights so large that their sum overflows to infinity (no mean, or NaN): the same mean with
    // each weight taken over the largest.
    double largest = 0;
    for (std::size_t i = 0; i < progress.size(); ++i) largest = std::max(largest, weight(i));
    sum = total = 0;
    for (std::size_t i = 0; i < progress.size(); ++i) {
      sum += weight(i) / largest * progress[i];
      total += weight(i) / largest;
    }
  }
  if (total > 0) return sum / total;
  sum = 0;  // every weight 0: they count alike
  for (double p : progress) sum += p;
  return sum / static_cast<double>(progress.size());
}

double expected_progress(Date first, Date last, Date day) {
  const auto span = days_between(first, last);
  if (span <= 0) return day >= last ? 1 : 0;
  return clamp01(static_cast<double>(days_between(first, day)) / static_cast<double>(span));
}

double expected_progress(const std::string& first, const std::string& last, Date day) {
  const auto a = parse_iso_date(first), b = parse_iso_date(last);
  return a && b ? expected_progress(*a, *b, day) : 0;
}

namespace {
// The gap comes out of two divisions, so a gap that is exactly a threshold on paper (70 % done
// against 80 % expected) can land a hair above it in binary (0.8 − 0.7 = 0.10000000000000009).
// Far below anything a person sees, this keeps it on the side the rule puts it.
constexpr double kGapTolerance = 1e-9;
}  // namespace

Status status(double progress, double expected, std::optional<int> latest_confidence) {
  if (progress >= 1) return Status::Done;
  const double gap = expected - progress;
  if (gap > kOffTrackGap + kGapTolerance) return Status::OffTrack;
  if (gap > kAtRiskGap + kGapTolerance || (latest_confidence && *latest_confidence <= kLowConfidence))
    return Status::AtRisk;
  return Status::OnTrack;
}

// Half a tenth rounds up. A progress that is a half on paper can come out just below it in binary
// ((0.6 + 0.7) / 2 = 0.6499999999999999, which would grade 0.6), so it is nudged first by far
// less than anything a person sees.
double grade(double progress) {
  constexpr double kRoundingTolerance = 1e-9;
  return std::round(clamp01(progress) * 10 + kRoundingTolerance) / 10;
}

GradeColour grade_colour(double grade) {
  // Grades are tenths: compare in tenths so 0.3 (0.30000000000000004 after rounding) is red.
  const long tenths = std::lround(grade * 10);
  if (tenths <= 3) return GradeColour::Red;
  if (tenths <= 6) return GradeColour::Yellow;
  return GradeColour::Green;
}

const char* status_code(Status s) {
  switch (s) {
    case Status::OnTrack: return "onTrack";
    case Status::AtRisk: return "atRisk";
    case Status::OffTrack: return "offTrack";
    case Status::Done: return "done";
  }
  return "onTrack";
}

CheckInIndex::CheckInIndex(std::span<const CheckIn> check_ins) {
  for (const CheckIn& c : check_ins) by_key_result_[c.key_result_id].push_back(&c);
}

const std::vector<const CheckIn*>& CheckInIndex::of(const std::string& key_result_id) const {
  const auto it = by_key_result_.find(key_result_id);
  return it == by_key_result_.end() ? none_ : it->second;
}

ObjectiveState objective_state(const Objective& o, std::span<const KeyResult> key_results,
                               std::span<const CheckIn> check_ins, Date day) {
  return objective_state(o, key_results, CheckInIndex(check_ins), day);
}

ObjectiveState objective_state(const Objective& o, std::span<const KeyResult> key_results,
                               const CheckInIndex& check_ins, Date day) {
  ObjectiveState out;
  out.objective = &o;
  out.expected = expected_progress(o.period_start, o.period_end, day);
  std::vector<double> progresses, weights;
  for (const KeyResult& kr : key_results) {
    if (kr.objective_id != o.id) continue;
    KeyResultState s;
    s.key_result = &kr;
    s.check_ins = check_ins.of(kr.id);
    s.latest = latest_check_in(s.check_ins);
    s.current = current_value(kr, s.latest);
    s.progress_raw = progress_raw(kr, s.current);
    s.progress = clamp01(s.progress_raw);
    s.expected = out.expected;
    if (s.latest) s.confidence = s.latest->confidence;
    s.status = status(s.progress, s.expected, s.confidence);
    s.grade = grade(s.progress);
    if (s.confidence && (!out.lowest_confidence || *s.confidence < *out.lowest_confidence))
      out.lowest_confidence = s.confidence;
    progresses.push_back(s.progress);
    weights.push_back(kr.weight);
    out.key_results.push_back(std::move(s));
  }
  out.progress = weighted_progress(progresses, weights);
  out.status = status(out.progress, out.expected, out.lowest_confidence);
  out.grade = grade(out.progress);
  const auto last = parse_iso_date(o.period_end);
  out.period_ended = last && day > *last;
  out.missed_commitment = out.period_ended && o.kind == ObjectiveKind::Committed && std::lround(out.grade * 10) < 10;
  return out;
}

}  // namespace fieldbook::okr
