#pragma once
// A platform for tests: no browser, no GPU. Records what the app asked of it.
#include <string>
#include <vector>

#include "platform/platform.h"

namespace fieldbook::shell {

class HeadlessPlatform final : public Platform {
 public:
  std::string locale_ = "en-US";
  std::vector<std::string> saved;  // every workspace handed to storage, oldest first
  int frame_requests = 0;

  std::string locale() const override { return locale_; }
  void save_workspace(std::string_view json) override { saved.emplace_back(json); }
  void request_frame() override { ++frame_requests; }
};

}  // namespace fieldbook::shell
