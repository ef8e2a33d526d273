#include "common/error.h"

#include <utility>

namespace fieldbook {

std::string format_position(const Position& position) {
  std::string out;
  if (position.line != 0) {
    out += "line " + std::to_string(position.line);
    if (position.column != 0) out += ", column " + std::to_string(position.column);
  } else if (position.column != 0) {
    out += "column " + std::to_string(position.column);
  }
  if (!position.path.empty()) {
    if (!out.empty()) out += ", ";
    out += position.path;
  }
  return out;
}

namespace {

std::string compose(const std::string& message, const Position& position) {
  std::string where = format_position(position);
  if (where.empty()) return message;
  return where + ": " + message;
}

}  // namespace

Error::Error(std::string message) : Error(std::move(message), Position{}) {}

Error::Error(std::string message, Position position, ValueRule rule)
    : std::runtime_error(compose(message, position)),
      message_(std::move(message)),
      position_(std::move(position)),
      rule_(std::move(rule)) {}

Error Error::at(std::size_t line, std::size_t column, std::string message) {
  return Error(std::move(message), Position{line, column, {}});
}

Error Error::at_line(std::size_t line, std::string message) {
  return Error(std::move(message), Position{line, 0, {}});
}

Error Error::at_path(std::string path, std::string message, ValueRule rule) {
  return Error(std::move(message), Position{0, 0, std::move(path)}, std::move(rule));
}

}  // namespace fieldbook
