#pragma once
// Reading and writing whole files for the CLI commands, with the operating system's reason on
// failure ("No such file or directory").
#include <cstddef>
#include <string>

namespace fieldbook::cli {

// Reads at most max_bytes + 1 bytes (so a caller's size limit still sees that the file is too
// big without reading gigabytes). Returns false with `error` set to the OS reason.
bool read_text_file(const std::string& path, std::size_t max_bytes, std::string& out, std::string& error);

// Writes `content` to path + ".tmp", flushes it to disk and renames it over `path`, so `path` holds
// either its old bytes or the new ones, never half a file. Returns false with `error` set (and the
// temporary file removed) on failure.
bool write_file_atomically(const std::string& path, const std::string& content, std::string& error);

}  // namespace fieldbook::cli
