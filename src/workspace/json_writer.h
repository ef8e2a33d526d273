#pragma once
// Writes records described by visit() functions through cereal's JSONOutputArchive.
#include <cereal/archives/json.hpp>

#include <ostream>
#include <sstream>
#include <string>

#include "workspace/json_codec.h"

namespace fieldbook::workspace {

class JsonWriter {
 public:
  // indent 0: compact (storage, share links); 2: for people (exported files).
  JsonWriter(std::ostream& out, int indent)
      : archive_(out, indent > 0 ? cereal::JSONOutputArchive::Options(
                                       324, cereal::JSONOutputArchive::Options::IndentChar::space,
                                       static_cast<unsigned>(indent))
                                 : cereal::JSONOutputArchive::Options::NoIndent()) {}

  template <class T>
  void operator()(const char* name, const T& value) {
    if constexpr (IsOptional<T>::value) {
      if (!value) return;
      (*this)(name, *value);
    } else {
      archive_.setNextName(name);
      write(value);
    }
  }

 private:
  // cereal's archive writes a pending name (or opens the enclosing array/object) in writeName();
  // startNode() does that itself, saveValue() does not.
  template <class T>
  void write(const T& value) {
    if constexpr (!IsVector<T>::value && (std::is_same_v<T, std::string> || std::is_arithmetic_v<T> || NamedEnum<T>))
      archive_.writeName();
    if constexpr (std::is_same_v<T, std::string>) {
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

  cereal::JSONOutputArchive archive_;
};

// Serializes a visitable record as a JSON object (its fields are the root object's members).
template <class T>
std::string write_json(const T& value, int indent) {
  std::ostringstream out;
  {
    JsonWriter writer(out, indent);
    visit(writer, const_cast<T&>(value));
  }  // the archive closes the root object when it goes away
  return out.str();
}

}  // namespace fieldbook::workspace
