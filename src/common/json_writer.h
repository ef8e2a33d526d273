#pragma once
// Writes records described by visit() functions through cereal's JSONOutputArchive.
#include <cereal/archives/json.hpp>

#include <cmath>
#include <cstdio>
#include <ostream>
#include <random>
#include <utility>
#include <vector>
#include <sstream>
#include <string>

#include "common/error.h"
#include "common/json_codec.h"

namespace fieldbook::json {

class JsonWriter {
 public:
  // indent 0: compact (storage, share links); 2: for people (exported files).
  JsonWriter(std::ostream& out, int indent)
      : archive_(out, indent > 0 ? cereal::JSONOutputArchive::Options(
                                       324, cereal::JSONOutputArchive::Options::IndentChar::space,
                                       static_cast<unsigned>(indent))
                                 : cereal::JSONOutputArchive::Options::NoIndent()),
        compact_(indent <= 0) {}

  // Fragments written as they are (compact output only): placeholder text → JSON text. With
  // `leave_holes` the JSON text stays empty: the caller writes it (the snapshot writer, in slices).
  std::vector<std::pair<std::string, std::string>> fragments;
  bool leave_holes = false;

  template <class T>
  void operator()(const char* name, const T& value) {
    if constexpr (HasCompactJson<T>) {
      // A large value that keeps its own compact JSON (a customer table that has not changed
      // since the last save): a placeholder now, the text after the archive is done.
      if (compact_) {
        std::string placeholder = fragment_placeholder(fragments.size());
        archive_.setNextName(name);
        archive_.writeName();
        archive_.saveValue(placeholder);
        fragments.emplace_back("\"" + placeholder + "\"", leave_holes ? std::string() : value.compact_json());
        return;
      }
    }
    if constexpr (IsOptional<T>::value) {
      if (!value) return;
      (*this)(name, *value);
    } else {
      archive_.setNextName(name);
      write(value);
    }
  }
  template <class T>
  void operator()(const char* name, const T& value, MayBeAbsent) {
    (*this)(name, value);
  }

 private:
  // cereal's archive writes a pending name (or opens the enclosing array/object) in writeName();
  // startNode() does that itself, saveValue() does not.
  template <class T>
  void write(const T& value) {
    if constexpr (!IsVector<T>::value && (std::is_same_v<T, std::string> || std::is_arithmetic_v<T> || NamedEnum<T>))
      archive_.writeName();
    if constexpr (IsOptional<T>::value) {
      // An item of a list that may be empty (a funnel step without a target): null.
      if (value) {
        write(*value);
      } else {
        archive_.writeName();
        archive_.saveValue(nullptr);
      }
    } else if constexpr (std::is_same_v<T, std::string>) {
      archive_.saveValue(value);
    } else if constexpr (std::is_same_v<T, bool>) {
      archive_.saveValue(value);
    } else if constexpr (NamedEnum<T>) {
      archive_.saveValue(std::string(enum_to_name(value)));
    } else if constexpr (std::is_integral_v<T>) {
      archive_.saveValue(static_cast<std::int64_t>(value));
    } else if constexpr (std::is_floating_point_v<T>) {
      archive_.saveValue(static_cast<double>(value));
    } else if constexpr (IsVector<T>::value) {
      archive_.startNode();
      archive_.makeArray();
      for (const auto& item : value) write(item);
      archive_.finishNode();
    } else {
      archive_.startNode();
      visit(*this, const_cast<T&>(value));  // visit() is shared with the reader, hence non-const
      archive_.finishNode();
    }
  }

  static std::string fragment_placeholder(std::size_t n) {
    // A per-process random tag: no text a user typed will ever equal it.
    static const std::string tag = [] {
      std::random_device rd;
      char buf[40];
      std::snprintf(buf, sizeof(buf), "@@fieldbook-fragment-%08x%08x-", rd(), rd());
      return std::string(buf);
    }();
    return tag + std::to_string(n) + "@@";
  }

  cereal::JSONOutputArchive archive_;
  bool compact_;
};

// JSON has no NaN or infinity: cereal would write the non-standard tokens NaN and Infinity, which
// no JSON reader (ours included) accepts, so a file holding one could never be opened again.
// check_finite() finds the first such number before anything is written and throws Error naming
// its path (`roiCases[0].benefits[1].hours: ...`).
class FiniteCheck {
 public:
  template <class T>
  void operator()(const char* name, const T& value) {
    try {
      check(value);
    } catch (NotFinite& e) {
      e.path = e.path.empty() || e.path.front() == '[' ? name + e.path : std::string(name) + "." + e.path;
      throw;
    }
  }
  template <class T>
  void operator()(const char* name, const T& value, MayBeAbsent) {
    (*this)(name, value);
  }

  template <class T>
  static void run(const T& record) {
    try {
      FiniteCheck check;
      visit(check, const_cast<T&>(record));
    } catch (const NotFinite& e) {
      throw Error::at_path(e.path, "is not a finite number (NaN or infinity), so the workspace cannot be saved");
    }
  }

 private:
  struct NotFinite {
    std::string path;
  };

  template <class T>
  void check(const T& value) {
    if constexpr (IsOptional<T>::value) {
      if (value) check(*value);
    } else if constexpr (std::is_floating_point_v<T>) {
      if (!std::isfinite(value)) throw NotFinite{};
    } else if constexpr (IsVector<T>::value) {
      for (std::size_t i = 0; i < value.size(); ++i) {
        try {
          check(value[i]);
        } catch (NotFinite& e) {
          e.path = "[" + std::to_string(i) + "]" + (e.path.empty() || e.path.front() == '[' ? e.path : "." + e.path);
          throw;
        }
      }
    } else if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string>) {
      visit(*this, const_cast<T&>(value));
    }
  }
};

template <class T>
void check_finite(const T& record) {
  FiniteCheck::run(record);
}

// cereal's archive always pretty-prints: even its NoIndent option starts a line for every member
// and puts a space after every colon. Compact output drops that whitespace; outside strings the
// writer puts no other (strings escape their own line breaks).
inline std::string without_layout(std::string text) {
  std::size_t out = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (in_string) {
      text[out++] = ch;
      if (ch == '\\' && i + 1 < text.size()) text[out++] = text[++i];
      else if (ch == '"') in_string = false;
      continue;
    }
    if (ch == '\n' || ch == ' ') continue;
    if (ch == '"') in_string = true;
    text[out++] = ch;
  }
  text.resize(out);
  return text;
}

// The compact text of a record with a hole for each value that keeps its own compact JSON: the
// holes' placeholders (JSON string tokens), in the order the values were visited.
struct JsonWithHoles {
  std::string text;
  std::vector<std::string> holes;
};

// For people: cereal's archive puts every element of an array on a line of its own, so a customer
// table (lists of 100,000 numbers) took three times its compact size. A list of numbers, strings,
// booleans or nulls goes on one line ("[1,2,3]": no space, as that would add a tenth to a table);
// objects and lists of them stay laid out.
inline std::string scalar_lists_on_one_line(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  // Where the string that starts at text[i] (a '"') ends: just past its closing quote.
  const auto string_end = [&](std::size_t i) {
    for (++i; i < text.size(); ++i) {
      if (text[i] == '\\') ++i;
      else if (text[i] == '"') return i + 1;
    }
    return i;
  };
  for (std::size_t i = 0; i < text.size();) {
    const char ch = text[i];
    if (ch == '"') {
      const std::size_t end = string_end(i);
      out.append(text, i, end - i);
      i = end;
      continue;
    }
    if (ch != '[') {
      out += ch;
      ++i;
      continue;
    }
    // A list: of scalars only if its closing bracket comes before any '{' or '['.
    std::size_t j = i + 1;
    while (j < text.size() && text[j] != ']' && text[j] != '[' && text[j] != '{') j = text[j] == '"' ? string_end(j) : j + 1;
    if (j >= text.size() || text[j] != ']') {
      out += ch;
      ++i;
      continue;
    }
    out += '[';
    for (std::size_t k = i + 1; k < j;) {
      if (text[k] == '"') {
        const std::size_t end = string_end(k);
        out.append(text, k, end - k);
        k = end;
      } else if (text[k] == '\n' || text[k] == ' ') {
        ++k;
      } else {
        out += text[k++];
      }
    }
    out += ']';
    i = j + 1;
  }
  return out;
}

template <class T>
std::string write_json_raw(const T& value, int indent, bool leave_holes,
                           std::vector<std::pair<std::string, std::string>>& fragments) {
  std::ostringstream out;
  {
    JsonWriter writer(out, indent);
    writer.leave_holes = leave_holes;
    visit(writer, const_cast<T&>(value));
    fragments = std::move(writer.fragments);
  }  // the archive closes the root object when it goes away
  return indent > 0 ? scalar_lists_on_one_line(out.str()) : without_layout(out.str());
}

template <class T>
JsonWithHoles write_json_with_holes(const T& value) {
  std::vector<std::pair<std::string, std::string>> fragments;
  JsonWithHoles out;
  out.text = write_json_raw(value, 0, true, fragments);
  for (auto& f : fragments) out.holes.push_back(std::move(f.first));
  return out;
}

// Serializes a visitable record as a JSON object (its fields are the root object's members).
template <class T>
std::string write_json(const T& value, int indent) {
  std::vector<std::pair<std::string, std::string>> fragments;
  const std::string text = write_json_raw(value, indent, false, fragments);
  if (fragments.empty()) return text;
  // One pass: the placeholders appear in the order they were written. (Replacing each in place
  // moved the rest of the text once per fragment: quadratic in a team's many customer tables.)
  std::size_t size = text.size();
  for (const auto& f : fragments) size += f.second.size();
  std::string out;
  out.reserve(size);
  std::size_t from = 0;
  for (const auto& [placeholder, json] : fragments) {
    const std::size_t at = text.find(placeholder, from);
    if (at == std::string::npos) continue;
    out.append(text, from, at - from);
    out += json;
    from = at + placeholder.size();
  }
  out.append(text, from, std::string::npos);
  return out;
}

}  // namespace fieldbook::json
