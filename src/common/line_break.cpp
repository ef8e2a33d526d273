#include "common/line_break.h"

#include <string_view>

#include "common/utf8.h"

namespace fieldbook {
namespace {

// What a code point does to the breaks around it.
enum : unsigned {
  kSpace = 1u << 0,      // a line may end here, and the space is dropped (' ', '\t')
  kNewline = 1u << 1,    // always ends the line
  kClosing = 1u << 2,    // never starts a line: 。，）」 … and ASCII ) , . ; : ! ? %
  kOpening = 1u << 3,    // never ends a line: （「“ … and ASCII ( [ {
  kWord = 1u << 4,       // part of a Latin word or number: never a break between two of them
  kDigit = 1u << 5,      // 0-9 and ０-９: a number that keeps its unit
  kIdeograph = 1u << 6,  // a Han character; after a number it is the unit (个, 家, 天, 万)
  kGlue = 1u << 7,       // no break on either side (no-break space, word joiner, zero-width joiner)
  kAttached = 1u << 8,   // belongs to the code point before it (combining marks, variation selectors)
};

// Chinese and Japanese marks that never start a line: closing punctuation and brackets, the
// ellipsis, the full-width percent, and the Japanese small kana and iteration marks.
constexpr std::u32string_view kCjkClosing =
    U"。，、；：？！）」』》】〕〉］｝〗〙〛〞〟．…‥・％｡､｣ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ";
// ... and the ones that never end a line (opening brackets, and the full-width currency signs
// that lead a number).
constexpr std::u32string_view kCjkOpening = U"（「『《【〔〈［｛〖〘〚〝｟｢￥＄￡";
// Latin punctuation that never starts a line; it belongs to the word before it.
constexpr std::u32string_view kLatinClosing = U")]},.;:!?%”’»›°‰′″¢℃";
constexpr std::u32string_view kLatinOpening = U"([{“‘«‹";
// Two-character units that stay with the number before them ("8.8 个月", "48小时"); a
// one-character unit (个, 家, 天, 万) always does.
constexpr std::u32string_view kTwoCharacterUnits[] = {U"个月", U"小时", U"分钟", U"万元", U"亿元"};

bool one_of(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }
bool in(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

bool is_ideograph(char32_t c) {
  return in(c, 0x3400, 0x4DBF) || in(c, 0x4E00, 0x9FFF) || in(c, 0xF900, 0xFAFF) || in(c, 0x20000, 0x3FFFF);
}

// Scripts and symbols written without spaces, where a line may end between any two characters:
// CJK symbols, kana, bopomofo, enclosed and compatibility forms, full-width forms, emoji.
bool breaks_anywhere(char32_t c) {
  return is_ideograph(c) || in(c, 0x2E80, 0x2FFF) || in(c, 0x3000, 0x33FF) || in(c, 0xA000, 0xA4CF) ||
         in(c, 0xFE30, 0xFE4F) || in(c, 0xFF00, 0xFF9F) || in(c, 0x1F300, 0x1FAFF) || c == 0x200B;
}

bool is_attached(char32_t c) {
  return in(c, 0x0300, 0x036F) || in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) || in(c, 0x20D0, 0x20FF) ||
         in(c, 0xFE00, 0xFE0F) || in(c, 0xFE20, 0xFE2F) || in(c, 0x3099, 0x309A) || in(c, 0x1F3FB, 0x1F3FF) ||
         in(c, 0xE0100, 0xE01EF);
}

unsigned kind_of(char32_t c) {
  if (c == ' ' || c == '\t') return kSpace;
  if (c == '\n' || c == '\r') return kNewline;
  if (c == 0x00A0 || c == 0x202F || c == 0x2060 || c == 0xFEFF || c == 0x200D) return kGlue;
  if (in(c, '0', '9') || in(c, 0xFF10, 0xFF19)) return kWord | kDigit;
  if (one_of(c, kCjkClosing)) return kClosing;
  if (one_of(c, kCjkOpening)) return kOpening;
  if (in(c, 0xFF21, 0xFF3A) || in(c, 0xFF41, 0xFF5A)) return kWord;  // full-width Latin letters
  if (breaks_anywhere(c)) return is_ideograph(c) ? kIdeograph : 0u;
  if (one_of(c, kLatinClosing)) return kWord | kClosing;
  if (one_of(c, kLatinOpening)) return kWord | kOpening;
  return kWord;  // Latin, Greek, Cyrillic, Hangul, symbols: words that break at spaces
}

struct CodePoint {
  std::size_t at = 0;  // byte offset
  char32_t c = 0;
  unsigned kind = 0;
};

// What a line ending at a place would cut. Places that cut nothing are where lines end; the others
// only cut a word or number that is wider than the line by itself, the least harmful first.
enum class Cut { Nothing, NumberFromUnit, TwoCharacterUnit, Word };

// A place where a line may end: the line ends before code point `end`, the next one starts at
// `next` (after the spaces dropped there).
struct Break {
  std::size_t end = 0, next = 0;
  Cut cut = Cut::Nothing;
  bool hard = false;  // a newline or the end of the text
};

class Breaker {
 public:
  Breaker(std::string_view text, const CodePointWidth& width) : text_(text) {
    cps_.reserve(text.size());
    x_.reserve(text.size() + 1);
    x_.push_back(0.0);
    for (std::size_t offset = 0; offset < text.size();) {
      const std::size_t at = offset;
      char32_t c = 0xFFFD;
      if (auto decoded = decode_utf8(text, offset)) c = *decoded;
      else ++offset;
      unsigned kind = kind_of(c);
      // A combining mark is part of its base letter, as far as breaking goes.
      if (is_attached(c)) kind = kAttached | (cps_.empty() ? kWord : cps_.back().kind & ~(kSpace | kNewline));
      cps_.push_back({at, c, kind});
      const float w = width ? width(c) : 0.0f;
      x_.push_back(x_.back() + (w > 0.0f ? double(w) : 0.0));  // NaN and negatives count as 0
    }
    find_breaks();
  }

  std::vector<TextLine> lines(float max_width) const {
    std::vector<TextLine> out;
    if (cps_.empty()) {
      out.push_back({0, 0, 0.0f});
      return out;
    }
    std::size_t a = 0, k = 0;
    while (k < breaks_.size()) {
      // Scan the places this line could end at, up to the first that does not fit or is hard.
      long fit = -1, stop = -1;
      for (std::size_t j = k; j < breaks_.size(); ++j) {
        const Break& b = breaks_[j];
        if (b.end < a || (b.end == a && !b.hard)) continue;
        if (b.cut != Cut::Nothing && !b.hard) continue;
        if (width(a, b.end) <= double(max_width)) fit = long(j);
        if (fit != long(j) || b.hard) {
          stop = long(j);
          break;
        }
      }
      if (stop < 0) break;  // cannot happen: the last break is hard
      const std::size_t take =
          fit >= 0 ? keep_last_line_whole(a, k, std::size_t(fit), max_width) : overlong(a, k, std::size_t(stop), max_width);
      const Break& b = breaks_[take];
      out.push_back({byte_at(a), byte_at(b.end), float(width(a, b.end))});
      a = b.next;
      k = take + 1;
    }
    return out;
  }

 private:
  bool has(std::size_t i, unsigned kind) const { return (cps_[i].kind & kind) != 0; }
  double width(std::size_t from, std::size_t to) const { return x_[to] - x_[from]; }
  std::size_t byte_at(std::size_t i) const { return i < cps_.size() ? cps_[i].at : text_.size(); }

  // Whether a line may end between code points a and b by the punctuation rules alone.
  bool punctuation_allows(std::size_t a, std::size_t b) const {
    return !has(b, kClosing | kAttached | kGlue) && !has(a, kOpening | kGlue);
  }

  // The code point before i, skipping one run of spaces ("8.8 个月").
  bool number_before(std::size_t i) const {
    while (i > 0 && has(i - 1, kSpace)) --i;
    return i > 0 && has(i - 1, kDigit);
  }

  // Whether the unit starting at b stays with the number ending at a (with or without a space),
  // and what separating them would cut.
  Cut unit_cut(std::size_t a, std::size_t b, bool across_space) const {
    if (!has(a, kDigit)) {
      // The second character of a two-character unit: 8.8 个|月.
      if (across_space || !has(a, kIdeograph) || !has(b, kIdeograph) || !number_before(a)) return Cut::Nothing;
      for (std::u32string_view unit : kTwoCharacterUnits)
        if (unit[0] == cps_[a].c && unit[1] == cps_[b].c) return Cut::TwoCharacterUnit;
      return Cut::Nothing;
    }
    if (has(b, kIdeograph)) return Cut::NumberFromUnit;  // 3家, 8.8 个
    // 12 months, 5 MB: a Latin word after a space (not another number, not punctuation).
    const bool letter = has(b, kWord) && !has(b, kDigit | kOpening | kClosing) &&
                        (cps_[b].c >= 0x80 || (cps_[b].c | 0x20) - 'a' < 26u);
    return across_space && letter ? Cut::NumberFromUnit : Cut::Nothing;
  }

  void find_breaks() {
    const std::size_t n = cps_.size();
    std::size_t line_begin = 0;  // after the last newline: spaces there are indentation, not breaks
    for (std::size_t i = 0; i < n; ++i) {
      if (has(i, kNewline)) {
        std::size_t end = i;
        while (end > line_begin && has(end - 1, kSpace)) --end;
        std::size_t next = i + 1;
        if (cps_[i].c == '\r' && next < n && cps_[next].c == '\n') ++next;
        breaks_.push_back({end, next, Cut::Nothing, true});
        line_begin = next;
        i = next - 1;
      } else if (has(i, kSpace)) {
        std::size_t e = i;
        while (e < n && has(e, kSpace)) ++e;
        if (i > line_begin && e < n && !has(e, kNewline) && punctuation_allows(i - 1, e))
          breaks_.push_back({i, e, unit_cut(i - 1, e, true), false});
        i = e - 1;
      } else if (i > line_begin && !has(i - 1, kSpace) && punctuation_allows(i - 1, i)) {
        const bool inside_word = has(i - 1, kWord) && has(i, kWord);
        breaks_.push_back({i, i, inside_word ? Cut::Word : unit_cut(i - 1, i, false), false});
      }
    }
    if (n > 0 && !has(n - 1, kNewline)) {
      std::size_t end = n;
      while (end > line_begin && has(end - 1, kSpace)) --end;
      breaks_.push_back({end, n, Cut::Nothing, true});
    }
  }

  // Chinese typesetting never leaves one character alone on a paragraph's last line (销售漏 / 斗):
  // when all that would follow breaks_[take] up to the next newline or the end is one Han character
  // (with its closing marks), end this line one place earlier, if the line keeps two characters
  // and the last line then still fits.
  std::size_t keep_last_line_whole(std::size_t a, std::size_t k, std::size_t take, float max_width) const {
    if (breaks_[take].hard) return take;
    std::size_t h = take + 1;
    while (h < breaks_.size() && !breaks_[h].hard) ++h;
    if (h == breaks_.size()) return take;
    const std::size_t rest_end = breaks_[h].end;
    if (characters(breaks_[take].next, rest_end) != 1 || !has(breaks_[take].next, kIdeograph)) return take;
    for (std::size_t j = take; j-- > k;) {
      const Break& b = breaks_[j];
      if (b.end <= a || b.cut != Cut::Nothing) return take;
      if (characters(a, b.end) < 2 || width(b.next, rest_end) > double(max_width)) return take;
      return j;
    }
    return take;
  }

  // How many code points [from, to) holds, closing marks and combining marks aside.
  std::size_t characters(std::size_t from, std::size_t to) const {
    std::size_t n = 0;
    for (std::size_t i = from; i < to; ++i) n += !has(i, kClosing | kAttached);
    return n;
  }

  // Where to end a line that starts with a word (or a number with its unit, with its punctuation)
  // wider than the line: breaks_[stop] is the first place that cuts nothing.
  std::size_t overlong(std::size_t a, std::size_t k, std::size_t stop, float max_width) const {
    // Only its punctuation does not fit: let the punctuation overhang.
    if (fits_without_punctuation(a, breaks_[stop].end, max_width)) return stop;
    // Else cut it where it fits, the least harmful cut (then the last) first; a word is cut only
    // when it alone is wider than the line. Nothing fits: the narrowest that can be cut off.
    long best = -1, first = -1;
    for (std::size_t j = k; j < stop; ++j) {
      const Break& b = breaks_[j];
      if (b.end <= a || (b.cut == Cut::Word && !word_wider_than(b.end, max_width))) continue;
      if (first < 0) first = long(j);
      if (width(a, b.end) <= double(max_width) && (best < 0 || b.cut <= breaks_[std::size_t(best)].cut)) best = long(j);
    }
    return best >= 0 ? std::size_t(best) : first >= 0 ? std::size_t(first) : stop;
  }

  // Whether [a, end) fits once its leading opening and trailing closing marks are set aside.
  bool fits_without_punctuation(std::size_t a, std::size_t end, float max_width) const {
    std::size_t s = a, e = end;
    while (e > s + 1 && has(e - 1, kClosing | kAttached)) --e;
    while (s + 1 < e && has(s, kOpening)) ++s;
    return width(s, e) <= double(max_width);
  }

  // Whether the Latin word around the place before code point p, without its brackets and
  // punctuation, is wider than the line ("(¥1,280)," is cut only when ¥1,280 does not fit).
  bool word_wider_than(std::size_t p, float max_width) const {
    std::size_t b = p - 1, e = p + 1;
    while (b > 0 && has(b - 1, kWord)) --b;
    while (e < cps_.size() && has(e, kWord)) ++e;
    return !fits_without_punctuation(b, e, max_width);
  }

  std::string_view text_;
  std::vector<CodePoint> cps_;
  std::vector<double> x_;  // x_[i]: the width of code points [0, i)
  std::vector<Break> breaks_;
};

}  // namespace

std::vector<TextLine> break_lines(std::string_view text, float max_width, const CodePointWidth& width) {
  return Breaker(text, width).lines(max_width);
}

}  // namespace fieldbook
