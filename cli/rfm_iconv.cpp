#include "rfm_iconv.h"

#include <iconv.h>

#include <cerrno>
#include <string>

#include "common/error.h"

namespace fieldbook::cli {

namespace {

class IconvDecoder final : public TextDecoder {
 public:
  explicit IconvDecoder(iconv_t cd) : cd_(cd) {}
  ~IconvDecoder() override { iconv_close(cd_); }
  IconvDecoder(const IconvDecoder&) = delete;
  IconvDecoder& operator=(const IconvDecoder&) = delete;

  void decode(std::string_view bytes, bool last, std::string& out) override {
    std::string input;
    std::string_view in_view = bytes;
    if (!carry_.empty()) {
      input = carry_;
      input.append(bytes);
      in_view = input;
      carry_.clear();
    }
    char* in = const_cast<char*>(in_view.data());
    std::size_t in_left = in_view.size();
    const std::size_t start_offset = offset_;
    while (in_left > 0) {
      char buf[16384];
      char* o = buf;
      std::size_t o_left = sizeof buf;
      const std::size_t r = iconv(cd_, &in, &in_left, &o, &o_left);
      out.append(buf, sizeof buf - o_left);
      if (r != static_cast<std::size_t>(-1)) continue;
      if (errno == E2BIG) continue;
      const std::size_t at = start_offset + static_cast<std::size_t>(in - in_view.data());
      if (errno == EINVAL) {  // an incomplete sequence at the end: keep it for the next chunk
        if (last) throw Error("the text ends inside a character at byte " + std::to_string(at));
        carry_.assign(in, in_left);
        break;
      }
      throw Error("invalid byte sequence at byte " + std::to_string(at));
    }
    offset_ = start_offset + (in_view.size() - carry_.size());
  }

 private:
  iconv_t cd_;
  std::string carry_;
  std::size_t offset_ = 0;
};

}  // namespace

std::unique_ptr<TextDecoder> make_iconv_decoder(std::string_view label) {
  const std::string from = label == "gbk" || label == "gb2312" ? std::string("GB18030") : std::string(label);
  iconv_t cd = iconv_open("UTF-8", from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return nullptr;
  return std::make_unique<IconvDecoder>(cd);
}

}  // namespace fieldbook::cli
