#pragma once
// How records become JSON and back. Each record type describes its fields once, in a
// `visit(V&, T&)` function beside the type (roi/case_schema.h, rfm/analysis_schema.h,
// workspace/schema.h); the same description drives
// - JsonWriter: cereal's JSONOutputArchive, camelCase keys in the order visited;
// - JsonReader: a strict reader over the parsed document that checks every type, every string
//   (valid UTF-8, at most kMaxStringLength characters) and refuses unknown or missing fields,
//   naming the path of the first problem: `roiCases[2].years: must be a whole number`.
// (cereal's own input archive cannot express optional fields or report where a value failed,
// so reading walks the RapidJSON document that cereal itself is built on.)
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace fieldbook::json {

inline constexpr std::size_t kMaxStringLength = 10'000;  // code points
inline constexpr std::size_t kMaxRecords = 1'000'000;    // objects in one document
inline constexpr int kMaxNesting = 64;

// Enums are written as strings. A specialization lists each value with its JSON name:
//   template <> struct EnumNames<Foo> { static constexpr EnumName<Foo> values[] = {{Foo::a, "a"}}; };
template <class E>
struct EnumName {
  E value;
  const char* name;
};
template <class E>
struct EnumNames;

template <class E>
concept NamedEnum = std::is_enum_v<E> && requires { EnumNames<E>::values; };

// A field a file may leave out: reading keeps the record's default, writing writes it as any
// other. `v("notes", rep.notes, json::kMayBeAbsent)` — for fields a format adds after its first
// version where a short file must still load (the GROW contract lists the fields a file must have).
struct MayBeAbsent {};
inline constexpr MayBeAbsent kMayBeAbsent{};

template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

// A value that can hand over its own compact JSON text (kept from an earlier save), so saving an
// unchanged large value costs a copy, not a new serialization.
template <class T>
concept HasCompactJson = requires(const T& t) {
  { t.compact_json() } -> std::convertible_to<std::string>;
};

template <class E>
const char* enum_to_name(E value) {
  for (const auto& e : EnumNames<E>::values)
    if (e.value == value) return e.name;
  return EnumNames<E>::values[0].name;
}

template <class E>
bool enum_from_name(std::string_view name, E& out) {
  for (const auto& e : EnumNames<E>::values) {
    if (name == e.name) {
      out = e.value;
      return true;
    }
  }
  return false;
}

template <class E>
std::string enum_choices() {
  std::string s;
  for (const auto& e : EnumNames<E>::values) {
    if (!s.empty()) s += ", ";
    s += e.name;
  }
  return s;
}

}  // namespace fieldbook::json
