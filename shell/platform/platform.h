#pragma once
// What the app needs from the machine it runs on. The browser implementation is in platform/web
// (JavaScript in web/fieldbook_lib.js does the work); platform/headless is for tests.
#include <string>
#include <string_view>

namespace fieldbook::shell {

class Platform {
 public:
  virtual ~Platform() = default;

  // The user's preferred language as the browser reports it ("zh-CN", "en-US").
  virtual std::string locale() const = 0;

  // Hands the serialized workspace to storage. Asynchronous in the browser; the platform reports
  // the outcome through save_state().
  virtual void save_workspace(std::string_view json) = 0;

  // Asks for another frame soon (animation, a state change outside an input event).
  virtual void request_frame() = 0;
};

}  // namespace fieldbook::shell
