#pragma once
// The columns of an imported file: what each one holds (its role), guessed from English and
// Chinese header names, then from value shapes, and the rules a mapping follows — each role
// other than Ignore belongs to one column at most, and a mapping is complete when the level it
// is read at has its required roles. The importer, the app's mapping step and the CLI's
// --customer=COL options all map columns through these.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace fieldbook::rfm {

enum class Level : std::uint8_t { Auto, Order, Customer };
std::string_view to_string(Level level);
std::optional<Level> parse_level(std::string_view text);

enum class Role : std::uint8_t {
  Ignore,
  Customer,  // id (or name when there is no id column)
  Date,      // order date; for customer level the last order date
  Amount,    // order amount; for customer level the revenue
  Orders,    // customer level: order count
  Recency,   // customer level: days since the last order
  Name,
  Industry,
  Region,
  Rep,
};
std::string_view to_string(Role role);

// ---- one role per column

bool has_role(std::span<const Role> roles, Role role);
// The column that holds `role`: the first one, should a mapping give it to several; none when
// no column has it.
std::optional<std::size_t> column_of(std::span<const Role> roles, Role role);
// Gives `column` the role. A role other than Ignore belongs to one column: taking it here frees
// the column that had it. `roles` grows to hold `column` when it is shorter.
void assign_role(std::vector<Role>& roles, std::size_t column, Role role);

// ---- guessing

// Role guess from a header name alone (English and Chinese); Ignore when nothing fits.
Role role_from_header(std::string_view header);

// Roles for all columns: header names first, then value shapes (sample rows) for required
// roles still missing. Each role except Ignore is used at most once.
std::vector<Role> guess_roles(std::span<const std::string> header,
                              std::span<const std::vector<std::string>> sample);

// ---- levels and completeness

// Customer level when there is an Orders or Recency column, else order level.
Level level_from_roles(std::span<const Role> roles);
// The level a mapping is read at: `level`, or the one the roles imply when Auto.
Level effective_level(std::span<const Role> roles, Level level);

// What a mapping lacks before it can be confirmed ("" when complete): "customer", "date",
// "amount" or "orders". Checked before OrderImporter::confirm_mapping, which fails the import
// for good on an incomplete mapping.
std::string mapping_problem(std::span<const Role> roles, Level level);

}  // namespace fieldbook::rfm
