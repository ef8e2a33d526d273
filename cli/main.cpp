// fieldbook: the command-line front end over the core (batch use, benchmarks, exact checks).
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "build_info.h"
#include "command.h"

namespace {

void print_help(std::ostream& out) {
  out << "fieldbook " << fieldbook::build::kVersion << " - a sales manager's toolkit\n\n"
      << "Usage:\n"
      << "  fieldbook --version        print the version and build id\n"
      << "  fieldbook --help           print this help\n";
  for (const auto& c : fieldbook::cli::commands()) {
    std::string line = "  fieldbook " + std::string(c.usage);
    out << line << "\n      " << c.summary << "\n";
  }
  out << "\nExit status: 0 on success, 1 when the input is refused, 2 on a usage error.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_help(std::cerr);
    return 2;
  }
  const std::string_view first = args.front();
  if (first == "--help" || first == "-h" || first == "help") {
    print_help(std::cout);
    return 0;
  }
  if (first == "--version" || first == "-V") {
    std::cout << "fieldbook " << fieldbook::build::kVersion << " (build " << fieldbook::build::kBuildId << ")\n";
    return 0;
  }
  for (const auto& c : fieldbook::cli::commands()) {
    if (c.name == first) {
      try {
        return c.run(std::span<const std::string_view>(args).subspan(1), {std::cout, std::cerr});
      } catch (const std::exception& e) {
        std::cerr << "fieldbook " << c.name << ": " << e.what() << "\n";
        return 1;
      }
    }
  }
  std::cerr << "fieldbook: unknown command '" << first << "' (see fieldbook --help)\n";
  return 2;
}
