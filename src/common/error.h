#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

#include "common/value_rule.h"

namespace fieldbook {

// Where an error happened: a text position (1-based; 0 = unknown) and/or a JSON-like path
// such as "roiCases[2].years".
struct Position {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string path;

  bool empty() const { return line == 0 && column == 0 && path.empty(); }
};

std::string format_position(const Position& position);

// The one error type of the core. what() is "line 3, column 5: message",
// "roiCases[2].years: message" or just "message". An error at a value's path may name the rule
// the value breaks (value_rule.h), for a UI to say in its own words.
class Error : public std::runtime_error {
 public:
  explicit Error(std::string message);
  Error(std::string message, Position position, ValueRule rule = {});

  static Error at(std::size_t line, std::size_t column, std::string message);
  static Error at_line(std::size_t line, std::string message);
  static Error at_path(std::string path, std::string message, ValueRule rule = {});

  const std::string& message() const { return message_; }
  const Position& position() const { return position_; }
  const ValueRule& rule() const { return rule_; }

 private:
  std::string message_;
  Position position_;
  ValueRule rule_;
};

}  // namespace fieldbook
