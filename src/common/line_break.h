#pragma once
// Line breaking for wrapped text, Chinese and English alike: where a line may end, and the lines a
// text falls into for a given width. The basic rules of Chinese typesetting (a simplified UAX #14):
// - a line never starts with closing punctuation (。，、；：？！）」』》】 ” ’ …) and never ends
//   with an opening one (（「『《【 “ ‘);
// - a line may end between any two Chinese characters;
// - Latin words and numbers break only at spaces, and a number stays with its unit: ¥1,280, 30%,
//   8.8 个月, 3家, 48小时, 12 months never split;
// - a paragraph's last line is never one Han character alone (with its closing marks): the line
//   before gives it one more;
// - spaces a line ends at are dropped; '\n' always ends a line.
// Pure and UI-free: the caller says how wide each code point is (the shell asks its font).
#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace fieldbook {

// One line of wrapped text: bytes [begin, end) of the text, and their width. The spaces a line was
// broken at, and a newline, lie between two lines and belong to neither.
struct TextLine {
  std::size_t begin = 0;
  std::size_t end = 0;
  float width = 0.0f;
};

// How wide one code point is drawn, in the caller's unit (the shell: pixels in its current font).
using CodePointWidth = std::function<float(char32_t)>;

// Breaks UTF-8 `text` into lines no wider than `max_width` where the rules above allow it. When a
// word or number (with its unit) is wider than a whole line on its own, it is cut at the last code
// point that fits; when only its punctuation does not fit, the punctuation overhangs instead.
// Every line holds at least one code point, so any width terminates. An empty text is one empty
// line; a final '\n' does not start another. Invalid UTF-8 bytes count as U+FFFD, one per byte.
std::vector<TextLine> break_lines(std::string_view text, float max_width, const CodePointWidth& width);

}  // namespace fieldbook
