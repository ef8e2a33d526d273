#include "platform/web/web_text_decoder.h"

#include <cstdint>
#include <string>

#include "common/error.h"
#include "platform/web/js_bridge.h"

namespace fieldbook::shell::web {

namespace {

class WebTextDecoder final : public TextDecoder {
 public:
  explicit WebTextDecoder(int handle) : handle_(handle) {}
  ~WebTextDecoder() override { fb_js_decoder_close(handle_); }
  WebTextDecoder(const WebTextDecoder&) = delete;
  WebTextDecoder& operator=(const WebTextDecoder&) = delete;

  void decode(std::string_view bytes, bool last, std::string& out) override {
    const int n = fb_js_decoder_decode(handle_, reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                       static_cast<int>(bytes.size()), last ? 1 : 0);
    if (n < 0) throw Error("the file is not valid GBK / GB18030 text (choose another encoding)");
    const std::size_t at = out.size();
    out.resize(at + static_cast<std::size_t>(n));
    if (n > 0) fb_js_decoder_take(handle_, out.data() + at);
  }

 private:
  int handle_;
};

}  // namespace

std::unique_ptr<TextDecoder> make_web_text_decoder(std::string_view label) {
  const int handle = fb_js_decoder_open(std::string(label).c_str());
  if (handle <= 0) return nullptr;
  return std::make_unique<WebTextDecoder>(handle);
}

}  // namespace fieldbook::shell::web
