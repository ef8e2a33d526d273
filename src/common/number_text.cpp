#include "common/number_text.h"

#include <rapidjson/internal/dtoa.h>

#include <cmath>

namespace fieldbook {

std::string shortest_number(double value) {
  if (!std::isfinite(value)) return {};
  if (value == 0) return "0";
  char buf[32];
  char* end = rapidjson::internal::dtoa(value, buf);
  std::string s(buf, end);
  // RapidJSON writes whole numbers as "3.0"; files read better with "3".
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

}  // namespace fieldbook
