#pragma once
// base64url (RFC 4648 §5: A–Z a–z 0–9 - _) without padding, as used in URL fragments.
#include <optional>
#include <string>
#include <string_view>

namespace fieldbook {

std::string base64url_encode(std::string_view bytes);

struct Base64Decoded {
  std::string bytes;
  // The text's length leaves bits over that a canonical encoder sets to zero, and they are not
  // zero (the text was altered), or its length is 1 more than a multiple of 4 (a cut-off text:
  // no encoder produces it; the lone character is dropped).
  bool non_canonical = false;
};

// nullopt when the text holds a character outside the alphabet (padding '=' included).
std::optional<Base64Decoded> base64url_decode(std::string_view text);

}  // namespace fieldbook
