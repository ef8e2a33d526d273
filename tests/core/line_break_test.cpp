// Line breaking over the handbook's sentences (domain.md) and the app's own segment actions, at
// every width from narrower than one character to wider than the whole text: no line starts with
// a closing mark or ends with an opening one, Latin words and numbers with their units stay whole
// unless one alone is wider than the line, and the lines give back the text minus the spaces
// broken at. The rules are checked here with lists of their own, not with the breaker's.
#include "common/line_break.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/utf8.h"
#include "rfm/segments.h"

namespace fieldbook {
namespace {

// Full-width (CJK) characters are two units wide, the rest one: roughly a font at any size.
float monospaced(char32_t c) { return c >= 0x2E80 ? 2.0f : 1.0f; }

// A proportional font: narrow and wide Latin letters, narrow punctuation.
float proportional(char32_t c) {
  if (c >= 0x2E80) return 2.0f;
  if (std::u32string_view(U"il.,:;'!|").find(c) != std::u32string_view::npos) return 0.5f;
  if (std::u32string_view(U"mwMW%").find(c) != std::u32string_view::npos) return 1.5f;
  return 1.0f;
}

// The marks the issue names.
constexpr std::u32string_view kClosing = U"。，、；：？！）」』》】”’";
constexpr std::u32string_view kOpening = U"（「『《【“‘";

// Sentences of the handbook (domain.md), in the app's words, with its numbers and units.
const std::vector<std::string> kHandbook = {
    "投资回收期 8.8 个月，每年节省 ¥1,280，转化率提升 30%。",
    "新人期（0–3 个月）：跟随销冠学习两周，再用异议卡片（“预算不足”“竞品压价”）做角色扮演。",
    "激励：阶梯提成 + 项目奖金池（新客户提成 +20%，续约率奖金进入团队基金）；月度“成长进步榜”按环比增长排名。",
    "客户投诉：30分钟响应+48小时闭环——先共情，再用数据找原因，最后补偿；事后邀请客户担任“产品体验官”。",
    "卖价值，不卖价格：ROI 计算器根据客户当前成本和预期收益，算出购买我们产品的投资回报率，让客户“买的是结果，而不是工具”。",
    "O：Q3成为华东区教育行业第一供应商；KR1：签约3家教育局客户；KR2：教育行业客户收入占比提升至40%。",
    "月度 KPI：每周新增5个有效商机，客户拜访转化率≥30%。",
    "每周漏斗看板：线索→商机→提案→签约，看哪一步转化差；月度复盘用 5 Whys 找根因。",
    "GROW 教练：目标（Q4 签下这个客户）、现状（客户对价格敏感）、方案（捆绑服务？）、行动（下周提交定制报价加服务包）。",
    "向上汇报：本月收入 +20%，主要来自教育解决方案；客户 LTV +40%；建议增加该行业的 Q4 预算。",
    "日期（如 3/4/2006）既可能是“日/月”也可能是“月/日”。此文件使用哪种顺序？",
    "Sell value, not price: the ROI calculator shows the customer's payback in 8.8 months (¥1,280 saved a year, 30% faster).",
    "Respond within 30 minutes, close within 48 hours:\nempathise, find the cause with data, compensate.",
};

// Numbers with their units, which must not be split (unless one alone is wider than the line). A
// sign before a number belongs to it, as in Unicode's rules: "响应+48小时" holds "+48小时".
const std::vector<std::string> kUnits = {"8.8 个月", "0–3 个月", "¥1,280", "30%", "40%", "+20%", "+40%", "≥30%",
                                         "3家",     "5个",      "30分钟", "+48小时", "5 Whys", "8.8 months",
                                         "30 minutes", "48 hours"};

std::vector<std::string> all_texts() {
  std::vector<std::string> texts = kHandbook;
  for (const rfm::RuleSet& set : {rfm::default_rule_set(), rfm::abc_rule_set()}) {
    for (const rfm::SegmentRule& r : set.rules) {
      texts.push_back(r.action_zh);
      texts.push_back(r.action_en);
    }
  }
  return texts;
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t at = 0; at < s.size();) {
    auto c = decode_utf8(s, at);
    if (!c) break;
    out.push_back(*c);
  }
  return out;
}

float width_of(std::string_view s, float (*width)(char32_t)) {
  float w = 0;
  for (char32_t c : decode(s)) w += width(c);
  return w;
}

bool is_han(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Words as the test sees them: runs of code points other than spaces and CJK (below U+2E80), so
// "(¥1,280", "≥30%" and "customer's"; and the numbers with their units above.
struct Span {
  std::size_t begin, end;
};
std::vector<Span> protected_spans(const std::string& text) {
  std::vector<Span> spans;
  std::size_t at = 0, run = std::string::npos;
  while (at <= text.size()) {
    const std::size_t here = at;
    std::optional<char32_t> c;
    if (at < text.size()) c = decode_utf8(text, at);
    const bool latin = c && *c < 0x2E80 && *c != ' ' && *c != '\n';
    if (latin && run == std::string::npos) run = here;
    if (!latin && run != std::string::npos) {
      spans.push_back({run, here});
      run = std::string::npos;
    }
    if (!c) break;
  }
  for (const std::string& unit : kUnits)
    for (std::size_t p = text.find(unit); p != std::string::npos; p = text.find(unit, p + 1))
      spans.push_back({p, p + unit.size()});
  return spans;
}

void check_lines(const std::string& text, float max_width, float (*width)(char32_t)) {
  const std::vector<TextLine> lines = break_lines(text, max_width, width);
  std::string shown;
  for (const TextLine& line : lines) shown += "[" + text.substr(line.begin, line.end - line.begin) + "]";
  SCOPED_TRACE("width " + std::to_string(max_width) + ": " + shown);
  ASSERT_FALSE(lines.empty());

  struct Cp {
    std::size_t at;
    char32_t c;
  };
  std::vector<Cp> cps;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t here = at;
    cps.push_back({here, *decode_utf8(text, at)});
  }

  // The lines, in order, are the text minus whitespace between them.
  std::size_t at = 0;
  std::string joined, expected;
  for (const TextLine& line : lines) {
    ASSERT_LE(at, line.begin);
    ASSERT_LE(line.begin, line.end);
    ASSERT_LE(line.end, text.size());
    for (std::size_t i = at; i < line.begin; ++i) ASSERT_TRUE(is_space(text[i])) << "lost '" << text.substr(at, line.begin - at) << "'";
    joined += text.substr(line.begin, line.end - line.begin);
    at = line.end;
  }
  for (std::size_t i = at; i < text.size(); ++i) ASSERT_TRUE(is_space(text[i]));
  for (char c : text)
    if (!is_space(c)) expected += c;
  std::string joined_no_space;
  for (char c : joined)
    if (!is_space(c)) joined_no_space += c;
  EXPECT_EQ(joined_no_space, expected);

  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::u32string line = decode(std::string_view(text).substr(lines[i].begin, lines[i].end - lines[i].begin));
    ASSERT_FALSE(line.empty() && i + 1 < lines.size() && text[lines[i].end] != '\n') << "an empty line";
    if (line.empty()) continue;
    EXPECT_EQ(kClosing.find(line.front()), std::u32string_view::npos) << "line " << i << " starts with a closing mark";
    EXPECT_EQ(kOpening.find(line.back()), std::u32string_view::npos) << "line " << i << " ends with an opening mark";
    EXPECT_FLOAT_EQ(lines[i].width, width_of(std::string_view(text).substr(lines[i].begin, lines[i].end - lines[i].begin), width));
    // A line wider than the width holds no place where two Chinese characters meet and the
    // line could have ended (a number's unit aside): it is one word with its punctuation.
    if (lines[i].width > max_width) {
      float x = 0;
      for (std::size_t j = 0; j + 1 < cps.size(); ++j) {
        if (cps[j].at < lines[i].begin) continue;
        if (cps[j + 1].at >= lines[i].end) break;
        x += width(cps[j].c);
        const bool han = is_han(cps[j].c) && is_han(cps[j + 1].c);
        std::size_t before = j;  // the character before the pair, past a space: 8.8 个月
        while (before > 0 && cps[before - 1].c == ' ') --before;
        const bool unit = before > 0 && cps[before - 1].c >= '0' && cps[before - 1].c <= '9';
        EXPECT_FALSE(han && !unit && x <= max_width) << "line " << i << " runs over where it could have ended";
      }
    }
  }

  // Words and numbers with their units are never split unless wider than the line by themselves.
  for (const Span& s : protected_spans(text)) {
    const float w = width_of(std::string_view(text).substr(s.begin, s.end - s.begin), width);
    if (w > max_width) continue;
    for (const TextLine& line : lines) {
      if (line.begin <= s.begin && s.begin < line.end) {
        EXPECT_GE(line.end, s.end) << "split '" << text.substr(s.begin, s.end - s.begin) << "'";
        break;
      }
    }
  }
}

TEST(LineBreak, TheHandbookAtEveryWidth) {
  for (auto width : {monospaced, proportional}) {
    for (const std::string& text : all_texts()) {
      const float total = width_of(text, width);
      for (float w = 0.5f; w <= total + 2.0f; w += 0.5f) check_lines(text, w, width);
    }
  }
}

std::vector<std::string> break_into(std::string_view text, float width) {
  std::vector<std::string> out;
  for (const TextLine& line : break_lines(text, width, monospaced))
    out.emplace_back(text.substr(line.begin, line.end - line.begin));
  return out;
}

using Lines = std::vector<std::string>;

TEST(LineBreak, AFullStopTakesTheCharacterBeforeItAlong) {
  // 20 characters; at 19 a greedy cut leaves 。 alone on the second line.
  // 20 characters; at 19 a greedy cut leaves 馈。 alone on the second line, so 回 goes along too.
  EXPECT_EQ(break_into("最近购买、购买频繁、花费最多：给予回馈。", 38),
            (Lines{"最近购买、购买频繁、花费最多：给予", "回馈。"}));
  EXPECT_EQ(break_into("消费良好，对促销有响应：推荐更高价值的产品。", 10),
            (Lines{"消费良好，", "对促销有响", "应：推荐更", "高价值的", "产品。"}));
}

TEST(LineBreak, ALastLineIsNeverOneCharacterAlone) {
  // The OKR page's title on a phone: greedily "目标：OKR、KPI 与销售漏" and "斗".
  EXPECT_EQ(break_into("目标：OKR、KPI 与销售漏斗", 24), (Lines{"目标：OKR、KPI 与销售", "漏斗"}));
  // Each paragraph's last line, and only Chinese: a last Latin word alone is how English sets.
  EXPECT_EQ(break_into("签约教育局\n签约教育局", 8), (Lines{"签约教", "育局", "签约教", "育局"}));
  EXPECT_EQ(break_into("Close the deal", 10), (Lines{"Close the", "deal"}));
  // Not when the line before would keep only one character itself, or the last line would not fit.
  EXPECT_EQ(break_into("签约教育局客户", 4), (Lines{"签约", "教育", "局客", "户"}));
  EXPECT_EQ(break_into("漏斗", 2), (Lines{"漏", "斗"}));
}

TEST(LineBreak, AnOpeningBracketGoesToTheNextLine) {
  const Lines lines = break_into("孵化计划：提供免费增值服务（如数据诊断报告），培育需求。", 28);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], "孵化计划：提供免费增值服务");
  EXPECT_EQ(lines[1].rfind("（如", 0), 0u);
}

TEST(LineBreak, ChineseBreaksBetweenAnyTwoCharacters) {
  EXPECT_EQ(break_into("签约教育局客户", 4), (Lines{"签约", "教育", "局客", "户"}));
  EXPECT_EQ(break_into("签约教育局客户", 5), (Lines{"签约", "教育", "局客", "户"}));
}

TEST(LineBreak, NumbersKeepTheirUnits) {
  // 投资回收期 (10) + space + 8.8 (3) + space + 个月 (4): the number moves down with its unit.
  EXPECT_EQ(break_into("投资回收期 8.8 个月", 16), (Lines{"投资回收期", "8.8 个月"}));
  EXPECT_EQ(break_into("每年节省 ¥1,280 元", 12), (Lines{"每年节省", "¥1,280 元"}));
  EXPECT_EQ(break_into("提升至40%。", 8), (Lines{"提升至", "40%。"}));
  EXPECT_EQ(break_into("签约3家教育局", 4), (Lines{"签约", "3家", "教育", "局"}));
  EXPECT_EQ(break_into("in 12 months", 10), (Lines{"in", "12 months"}));
  // Wider than the line by itself: the number stays whole and the unit goes.
  EXPECT_EQ(break_into("8.8 个月", 6), (Lines{"8.8", "个月"}));
  EXPECT_EQ(break_into("30分钟", 4), (Lines{"30", "分钟"}));
}

TEST(LineBreak, LatinTextBreaksAtSpacesOnly) {
  EXPECT_EQ(break_into("Sell value, not price.", 12), (Lines{"Sell value,", "not price."}));
  EXPECT_EQ(break_into("it’s (e.g. ROI) fine", 10), (Lines{"it’s (e.g.", "ROI) fine"}));
  EXPECT_EQ(break_into("Sell    value", 6), (Lines{"Sell", "value"})) << "the spaces broken at are dropped";
  // Latin inside Chinese: breaks on either side of the word, never inside it (and 升 does not end
  // the text alone).
  EXPECT_EQ(break_into("客户LTV提升", 6), (Lines{"客户", "LTV", "提升"}));
}

TEST(LineBreak, AWordWiderThanTheLineIsCut) {
  EXPECT_EQ(break_into("abcdefghij", 4), (Lines{"abcd", "efgh", "ij"}));
  EXPECT_EQ(break_into("see abcdefghij", 4), (Lines{"see", "abcd", "efgh", "ij"}));
}

TEST(LineBreak, PunctuationOverhangsRatherThanSplitAWord) {
  EXPECT_EQ(break_into("（30%）", 3), (Lines{"（30%）"}));
  EXPECT_EQ(break_into("8.8 个月。", 8), (Lines{"8.8 个月。"}));
  EXPECT_EQ(break_into("字字。", 2), (Lines{"字", "字。"}));
}

TEST(LineBreak, AnyWidthEndsAndEveryLineHoldsSomething) {
  for (float w : {0.0f, -5.0f, 0.1f}) {
    EXPECT_EQ(break_into("ab 字字。", w), (Lines{"a", "b", "字", "字。"}));
  }
  const std::vector<TextLine> nan = break_lines("字字", std::numeric_limits<float>::quiet_NaN(), monospaced);
  EXPECT_EQ(nan.size(), 2u);
}

TEST(LineBreak, NewlinesAlwaysEndALine) {
  EXPECT_EQ(break_into("第一行\n第二行", 100), (Lines{"第一行", "第二行"}));
  EXPECT_EQ(break_into("a\r\nb", 100), (Lines{"a", "b"}));
  EXPECT_EQ(break_into("a\n\nb", 100), (Lines{"a", "", "b"}));
  EXPECT_EQ(break_into("a  \nb", 100), (Lines{"a", "b"})) << "spaces before a newline are dropped";
  EXPECT_EQ(break_into("a\n", 100), (Lines{"a"})) << "a final newline starts no line";
  EXPECT_EQ(break_into("  indented", 100), (Lines{"  indented"})) << "leading spaces stay";
}

TEST(LineBreak, EmptyAndBlankTexts) {
  EXPECT_EQ(break_into("", 10), (Lines{""}));
  EXPECT_EQ(break_into("   ", 10), (Lines{""}));
}

TEST(LineBreak, WidthsAreTheCallersSums) {
  const std::vector<TextLine> lines = break_lines("签约 ab", 100, proportional);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_FLOAT_EQ(lines[0].width, 2 + 2 + 1 + 1 + 1);
}

TEST(LineBreak, CombiningMarksStayWithTheirLetter) {
  // e + U+0301 (combining acute): the mark never starts a line, even when the word is cut.
  const std::string text = "caf\x65\xCC\x81s";
  for (const TextLine& line : break_lines(text, 1, monospaced))
    EXPECT_NE(text.substr(line.begin, 2), "\xCC\x81");
}

TEST(LineBreak, InvalidBytesAreOneCharacterEach) {
  const std::string text = "ab\xFF\xFE" "cd";
  const std::vector<TextLine> lines = break_lines(text, 1, monospaced);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[2].begin, 2u);
  EXPECT_EQ(lines[3].begin, 3u);
  EXPECT_EQ(lines.back().end, text.size());
}

}  // namespace
}  // namespace fieldbook
