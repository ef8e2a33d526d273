#pragma once
// Numbers as text for files (CSV, JSON-like outputs): the shortest form that reads back to the
// same double, the same on every platform (Emscripten's C++ library has no floating-point
// to_chars, so this uses RapidJSON's Grisu2, which the project already depends on).
#include <string>

namespace fieldbook {

// "" for NaN or infinity; "0" for zero (also -0).
std::string shortest_number(double value);

}  // namespace fieldbook
