#pragma once
// The rule a value in a file breaks, as a kind with the values its words need, beside the English
// the core says it in (Issue::message, Error::message: what the command line prints and the tests
// compare). A UI says the rule in its own language from the kind: "must be between 1 and 10" is
// {Between, 1, 10}. Other is a rule without words of its own (how a file's parts must agree, which
// only a damaged or hand-edited file breaks): a UI says only that the value is not as it must be.
#include <cstdint>
#include <string>

namespace fieldbook {

struct ValueRule {
  enum class Kind : std::uint8_t {
    Other,
    Missing,       // is missing
    UnknownField,  // is not a field of the format
    Text,          // must be text
    TrueFalse,     // must be true or false
    WholeNumber,   // must be a whole number
    Number,        // must be a (finite) number
    List,          // must be a list
    Object,        // must be an object
    Choice,        // must be one of the format's words for it
    NotUtf8,       // text that is not valid UTF-8
    TooLong,       // more than `low` characters
    TooMany,       // more than `low` records
    OutOfRange,    // a whole number too large for its field
    Between,       // from `low` to `high`
    AtLeast,       // `low` or more
    NotNegative,   // 0 or more
    NotEmpty,
    Date,          // a day such as 2026-02-28 (or, where the field may be, empty)
    Timestamp,     // an ISO-8601 time such as 2026-11-27T08:00:00Z
    Currency,      // a supported currency code
    DuplicateId,   // the id of `name` (a path) again
    NoRecord,      // names `name`, which `list` does not hold
    NoReference,   // must name a record of `list`, and is empty
    NotBefore,     // must not be before the field `name`
    Ascending,     // a list whose values must each be larger than the one before
    TooManyValues, // a list of more than `low` values
  };
  Kind kind = Kind::Other;
  double low = 0, high = 0;
  std::string name;  // DuplicateId: the other record's path; NoRecord: the id; NotBefore: the other field
  std::string list;  // NoRecord, NoReference: the collection's key ("team", "kpis")
};

// The rules as values, for the places that name them.
namespace rule {

inline ValueRule is(ValueRule::Kind kind) { return {.kind = kind}; }
inline ValueRule other() { return is(ValueRule::Kind::Other); }
inline ValueRule between(double low, double high) { return {.kind = ValueRule::Kind::Between, .low = low, .high = high}; }
inline ValueRule at_least(double low) { return {.kind = ValueRule::Kind::AtLeast, .low = low}; }
inline ValueRule not_negative() { return is(ValueRule::Kind::NotNegative); }
inline ValueRule not_empty() { return is(ValueRule::Kind::NotEmpty); }
inline ValueRule date() { return is(ValueRule::Kind::Date); }
inline ValueRule timestamp() { return is(ValueRule::Kind::Timestamp); }
inline ValueRule currency() { return is(ValueRule::Kind::Currency); }
inline ValueRule duplicate_id(std::string other_path) {
  return {.kind = ValueRule::Kind::DuplicateId, .name = std::move(other_path)};
}
inline ValueRule no_record(std::string id, std::string list) {
  return {.kind = ValueRule::Kind::NoRecord, .name = std::move(id), .list = std::move(list)};
}
inline ValueRule no_reference(std::string list) { return {.kind = ValueRule::Kind::NoReference, .list = std::move(list)}; }
inline ValueRule not_before(std::string field) { return {.kind = ValueRule::Kind::NotBefore, .name = std::move(field)}; }
inline ValueRule ascending() { return is(ValueRule::Kind::Ascending); }
inline ValueRule at_most_values(double count) { return {.kind = ValueRule::Kind::TooManyValues, .low = count}; }

}  // namespace rule

}  // namespace fieldbook
