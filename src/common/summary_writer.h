#pragma once
// What the CLI's JSON reports (fieldbook grow, okr, team report) write their values with, so they
// write text, numbers and "none" alike.
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "common/number_text.h"

namespace fieldbook::summary {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// Text from a loaded workspace is valid UTF-8 already (the reader checks it).
inline void write_string(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// Writer::Double() writes 3 as "3.0" and refuses NaN and infinity (leaving the JSON broken):
// shortest_number() writes "3", and a number JSON cannot hold is null.
inline void write_number(Writer& w, double v) {
  if (!std::isfinite(v)) {
    w.Null();
    return;
  }
  const std::string text = shortest_number(v);
  w.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

inline void write_number(Writer& w, std::optional<double> v) {
  if (v)
    write_number(w, *v);
  else
    w.Null();
}

// A date, or null when there is none ("").
inline void write_date_or_null(Writer& w, const std::string& date) {
  if (date.empty())
    w.Null();
  else
    write_string(w, date);
}

}  // namespace fieldbook::summary
