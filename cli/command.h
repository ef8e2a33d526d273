#pragma once
// One CLI subcommand: its name, a one-line summary for --help, and the function that runs it.
// Each tool adds its command in its own file (cli/<tool>_command.cpp) and one line in commands.cpp.
#include <iosfwd>
#include <span>
#include <string_view>

namespace fieldbook::cli {

struct Io {
  std::ostream& out;
  std::ostream& err;
};

using CommandFn = int (*)(std::span<const std::string_view> args, Io io);

struct Command {
  std::string_view name;
  std::string_view usage;    // e.g. "roi CASE.json | roi --flows=... --rate=R"
  std::string_view summary;  // one line for --help
  CommandFn run;
};

std::span<const Command> commands();

// Parses "--key=value" into key/value; returns false for anything else.
bool split_option(std::string_view arg, std::string_view& key, std::string_view& value);

}  // namespace fieldbook::cli
