#pragma once
// Reads records described by visit() functions from a parsed JSON document, strictly: a value of
// the wrong type, a missing or unknown field, an invalid string or too many records stops the
// read with an Error naming the path (`roiCases[2].years: must be a number`) and the rule.
#include <rapidjson/document.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/utf8.h"
#include "common/json_codec.h"

namespace fieldbook::json {

class JsonReader {
 public:
  explicit JsonReader(const rapidjson::Value& object, std::string path = {}) : object_(&object), path_(std::move(path)) {}

  // Reads one field of the current object. std::optional fields may be absent or null.
  template <class T>
  void operator()(const char* name, T& out) {
    const std::string path = child_path(name);
    auto it = object_->FindMember(name);
    seen_.push_back(name);
    if (it == object_->MemberEnd() || (IsOptional<T>::value && it->value.IsNull())) {
      if constexpr (IsOptional<T>::value) {
        out.reset();
        return;
      } else {
        throw Error::at_path(path, "is missing", rule::is(ValueRule::Kind::Missing));
      }
    }
    read(it->value, out, path);
  }
  // A field the file may leave out: then `out` keeps its default.
  template <class T>
  void operator()(const char* name, T& out, MayBeAbsent) {
    if (!object_->HasMember(name)) {
      seen_.push_back(name);
      return;
    }
    (*this)(name, out);
  }

  // Reads a whole record whose fields are the members of `object` (the document root, say).
  template <class T>
  void read_record(T& out) {
    visit(*this, out);
    finish_object();
  }

  std::size_t records() const { return *records_; }

 private:
  JsonReader(const rapidjson::Value& object, std::string path, std::size_t* records)
      : object_(&object), path_(std::move(path)), records_(records) {}

  std::string child_path(const char* name) const { return path_.empty() ? std::string(name) : path_ + "." + name; }

  // Unknown members would be lost on the next save, so they are refused rather than dropped.
  void finish_object() const {
    for (auto m = object_->MemberBegin(); m != object_->MemberEnd(); ++m) {
      const std::string_view key(m->name.GetString(), m->name.GetStringLength());
      bool known = false;
      for (const char* s : seen_)
        if (key == s) known = true;
      if (!known)
        throw Error::at_path(child_path(std::string(key).c_str()), "is not a known field",
                             rule::is(ValueRule::Kind::UnknownField));
    }
  }

  static std::string type_name(const rapidjson::Value& v) {
    if (v.IsNull()) return "null";
    if (v.IsBool()) return "true/false";
    if (v.IsNumber()) return "a number";
    if (v.IsString()) return "text";
    if (v.IsArray()) return "a list";
    return "an object";
  }

  template <class T>
  void read(const rapidjson::Value& v, T& out, const std::string& path) {
    if constexpr (IsOptional<T>::value) {
      if (v.IsNull()) {  // an item of a list that may be empty (a field's null is handled above)
        out.reset();
        return;
      }
      typename T::value_type inner{};
      read(v, inner, path);
      out = std::move(inner);
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (!v.IsString())
        throw Error::at_path(path, "must be text, not " + type_name(v), rule::is(ValueRule::Kind::Text));
      const std::string_view s(v.GetString(), v.GetStringLength());
      const Utf8Check check = validate_utf8(s);
      if (!check.ok)
        throw Error::at_path(path, "is not valid UTF-8 (byte " + std::to_string(check.error_offset) + ")",
                             rule::is(ValueRule::Kind::NotUtf8));
      if (utf8_length(s) > kMaxStringLength)
        throw Error::at_path(path, "is longer than " + std::to_string(kMaxStringLength) + " characters",
                             {.kind = ValueRule::Kind::TooLong, .low = double(kMaxStringLength)});
      out.assign(s);
    } else if constexpr (std::is_same_v<T, bool>) {
      if (!v.IsBool())
        throw Error::at_path(path, "must be true or false, not " + type_name(v), rule::is(ValueRule::Kind::TrueFalse));
      out = v.GetBool();
    } else if constexpr (NamedEnum<T>) {
      if (!v.IsString() || !enum_from_name(std::string_view(v.GetString(), v.GetStringLength()), out))
        throw Error::at_path(path, "must be one of: " + enum_choices<T>(), rule::is(ValueRule::Kind::Choice));
    } else if constexpr (std::is_integral_v<T>) {
      if (!v.IsNumber())
        throw Error::at_path(path, "must be a whole number, not " + type_name(v),
                             rule::is(ValueRule::Kind::WholeNumber));
      // 3 and 3.0 are the same number; 2.5 is not whole; 1e20 and 2^64 - 1 are whole but too big.
      if (!v.IsInt64()) {
        if (v.IsDouble() && std::trunc(v.GetDouble()) != v.GetDouble())
          throw Error::at_path(path, "must be a whole number, not a fraction", rule::is(ValueRule::Kind::WholeNumber));
        if (v.IsUint64() || std::abs(v.GetDouble()) >= 9e15)
          throw Error::at_path(path, "is out of range", rule::is(ValueRule::Kind::OutOfRange));
      }
      const std::int64_t x = v.IsInt64() ? v.GetInt64() : static_cast<std::int64_t>(v.GetDouble());
      if (x < static_cast<std::int64_t>(std::numeric_limits<T>::min()) || x > static_cast<std::int64_t>(std::numeric_limits<T>::max()))
        throw Error::at_path(path, "is out of range", rule::is(ValueRule::Kind::OutOfRange));
      out = static_cast<T>(x);
    } else if constexpr (std::is_floating_point_v<T>) {
      if (!v.IsNumber())
        throw Error::at_path(path, "must be a number, not " + type_name(v), rule::is(ValueRule::Kind::Number));
      const double x = v.GetDouble();
      if (!std::isfinite(x)) throw Error::at_path(path, "must be a finite number", rule::is(ValueRule::Kind::Number));
      out = static_cast<T>(x);
    } else if constexpr (IsVector<T>::value) {
      if (!v.IsArray())
        throw Error::at_path(path, "must be a list, not " + type_name(v), rule::is(ValueRule::Kind::List));
      out.clear();
      out.reserve(v.Size());
      for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
        typename T::value_type item{};
        read(v[i], item, path + "[" + std::to_string(i) + "]");
        out.push_back(std::move(item));
      }
    } else {
      if (!v.IsObject())
        throw Error::at_path(path, "must be an object, not " + type_name(v), rule::is(ValueRule::Kind::Object));
      if (++*records_ > kMaxRecords)
        throw Error::at_path(path, "too many records (the limit is " + std::to_string(kMaxRecords) + ")",
                             {.kind = ValueRule::Kind::TooMany, .low = double(kMaxRecords)});
      JsonReader child(v, path, records_);
      visit(child, out);
      child.finish_object();
    }
  }

  const rapidjson::Value* object_;
  std::string path_;
  std::size_t own_records_ = 0;
  std::size_t* records_ = &own_records_;
  std::vector<const char*> seen_;
};

}  // namespace fieldbook::json
