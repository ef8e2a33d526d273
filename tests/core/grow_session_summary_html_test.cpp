// The printable summary of a coaching session (src/grow/session_summary_html.h): every part there
// when set and gone when empty, every text escaped, labels from the caller, the stylesheet linked
// (no inline style or script, which the CSP would refuse) and a rule in it for every class used.
#include "grow/session_summary_html.h"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "common/html.h"
#include "common/utf8.h"
#include "grow/practice_cards.h"

namespace fieldbook::grow {
namespace {

SessionSummaryLabels labels() {
  SessionSummaryLabels l;
  l.html_lang = "en";
  l.title = "Coaching session";
  l.rep = "L-Rep";
  l.stage = "L-Stage";
  l.date = "L-Date";
  l.topic = "L-Topic";
  l.customer = "L-Customer";
  l.stage_new = "L-StageNew";
  l.stage_growing = "L-StageGrowing";
  l.stage_mature = "L-StageMature";
  l.goal = "H-Goal";
  l.reality = "H-Reality";
  l.options = "H-Options";
  l.will = "H-Will";
  l.goal_text = "L-GoalText";
  l.goal_measure = "L-GoalMeasure";
  l.goal_due = "L-GoalDue";
  l.reality_text = "L-RealityText";
  l.reality_tried = "L-RealityTried";
  l.reality_obstacles = "L-RealityObstacles";
  l.option = "C-Option";
  l.pros = "C-Pros";
  l.cons = "C-Cons";
  l.chosen = "C-Chosen";
  l.chosen_mark = "M-Chosen";
  l.commitment = "L-Commitment";
  l.support = "L-Support";
  l.make_it_eight = "L-MakeItEight";
  l.actions = "H-Actions";
  l.action = "C-Action";
  l.owner = "C-Owner";
  l.due = "C-Due";
  l.status = "C-Status";
  l.owner_rep = "O-Rep";
  l.owner_manager = "O-Manager";
  l.status_open = "S-Open";
  l.status_done = "S-Done";
  l.status_dropped = "S-Dropped";
  l.practice = "H-Practice";
  l.objection = "C-Objection";
  l.result = "C-Result";
  l.notes = "C-Notes";
  l.result_handled = "R-Handled";
  l.result_partly = "R-Partly";
  l.result_stuck = "R-Stuck";
  l.next_session = "L-NextSession";
  l.footer = "Prepared with Fieldbook.";
  return l;
}

team::Rep rep() {
  team::Rep r;
  r.id = "rep-1";
  r.name = "Wang Lei";
  r.stage = team::RepStage::Growing;
  return r;
}

// Every part set, each text unique so it can be looked for.
CoachingSession full_session() {
  CoachingSession s;
  s.id = "s-1";
  s.rep_id = "rep-1";
  s.date = "2026-11-27";
  s.topic = "Topic-Huadong renewal";
  s.customer = "Customer-Huadong Education";
  s.goal = {"Goal-Sign in Q4", "Measure-Signed contract", "2026-12-31"};
  s.reality = {"Reality-Price sensitive", "Tried-Two discounts", "Obstacles-New procurement head"};
  s.options = {{"o1", "Option-Bundle services", "Pros-One budget line", "Cons-Longer rollout", true},
               {"o2", "Option-Cut the price", "Pros-Quick", "Cons-Margin", false}};
  s.will.commitment = 6;
  s.will.support = "Support-Join the pricing call";
  s.will.to_make_it_eight = "Eight-A reference customer";
  s.actions = {{"a1", "Action-Draft the quote", ActionOwner::Rep, "2026-12-02", ActionStatus::Open, ""},
               {"a2", "Action-Call the reference", ActionOwner::Manager, "2026-12-03", ActionStatus::Done, "2026-11-29"},
               {"a3", "Action-Old idea", ActionOwner::Rep, "", ActionStatus::Dropped, ""}};
  s.practice = {{"no-budget", PracticeResult::Handled, "Notes-Calm and clear"},
                {"competitor-undercuts", PracticeResult::Stuck, "Notes-Gave in on price"}};
  s.next_session_on = "2026-12-11";
  return s;
}

std::string summary(const CoachingSession& s, const team::Rep* r = nullptr,
                    const SessionSummaryLabels& l = labels(), Language language = Language::En) {
  SessionSummaryInfo info;
  info.rep = r;
  return session_summary_html(s, info, l, language);
}

std::size_t count(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

bool has(const std::string& html, std::string_view what) { return html.find(what) != std::string::npos; }

// The rows of the table with this class, header row first; each from "<tr" to "</tr>".
std::vector<std::string> rows(const std::string& html, std::string_view table_class) {
  std::vector<std::string> out;
  const std::size_t begin = html.find("<table class=\"" + std::string(table_class) + "\">");
  if (begin == std::string::npos) return out;
  const std::size_t end = html.find("</table>", begin);
  for (std::size_t at = html.find("<tr", begin); at < end; at = html.find("<tr", at + 1)) {
    out.push_back(html.substr(at, html.find("</tr>", at) + 5 - at));
  }
  return out;
}

// Every tag, from "<" to ">".
std::vector<std::string> tags(const std::string& html) {
  std::vector<std::string> out;
  for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    out.push_back(html.substr(at, html.find('>', at) + 1 - at));
  }
  return out;
}

// Everything but the <head> (whose <title> repeats the rep's name and the date).
std::string body(const std::string& html) { return html.substr(html.find("<body")); }

TEST(GrowSessionSummaryHtml, EveryPartIsThereWhenSet) {
  const team::Rep r = rep();
  const CoachingSession s = full_session();
  const std::string html = summary(s, &r);

  for (const char* text :
       {">Coaching session<", ">L-Rep<", ">Wang Lei<", ">L-Stage<", ">L-StageGrowing<", ">L-Date<", ">2026-11-27<",
        ">L-Topic<", ">Topic-Huadong renewal<", ">L-Customer<", ">Customer-Huadong Education<",
        // Goal, Reality
        ">H-Goal<", ">L-GoalText<", ">Goal-Sign in Q4<", ">L-GoalMeasure<", ">Measure-Signed contract<",
        ">L-GoalDue<", ">2026-12-31<", ">H-Reality<", ">L-RealityText<", ">Reality-Price sensitive<",
        ">L-RealityTried<", ">Tried-Two discounts<", ">L-RealityObstacles<", ">Obstacles-New procurement head<",
        // Options
        ">H-Options<", ">C-Option<", ">C-Pros<", ">C-Cons<", ">C-Chosen<", ">Option-Bundle services<",
        ">Pros-One budget line<", ">Cons-Longer rollout<", ">Option-Cut the price<", ">Pros-Quick<", ">Cons-Margin<",
        // Will
        ">H-Will<", ">L-Commitment<", ">6/10<", ">L-Support<", ">Support-Join the pricing call<",
        ">L-MakeItEight<", ">Eight-A reference customer<",
        // Actions
        ">H-Actions<", ">C-Action<", ">C-Owner<", ">C-Due<", ">C-Status<", ">Action-Draft the quote<",
        ">Action-Call the reference<", ">Action-Old idea<", ">2026-12-02<", ">2026-12-03<", ">2026-11-29<",
        // Practice
        ">H-Practice<", ">C-Objection<", ">C-Result<", ">C-Notes<", ">Notes-Calm and clear<",
        ">Notes-Gave in on price<",
        // The next session, the footer
        ">L-NextSession<", ">2026-12-11<", ">Prepared with Fieldbook.<"}) {
    EXPECT_EQ(count(html, text), 1u) << text;
  }
  for (const char* id : {"no-budget", "competitor-undercuts"}) {
    const PracticeCard* card = find_practice_card(id);
    ASSERT_NE(card, nullptr) << id;
    EXPECT_TRUE(has(html, ">" + html_escape(card->objection.en) + "<")) << id;
  }
  EXPECT_EQ(rows(html, "options").size(), 1u + 2u);
  EXPECT_EQ(rows(html, "actions").size(), 1u + 3u);
  EXPECT_EQ(rows(html, "practice").size(), 1u + 2u);
  EXPECT_EQ(count(html, "<h2>"), 6u);
  // In the worksheet's order.
  std::size_t last = 0;
  for (const char* heading : {">Wang Lei<", ">H-Goal<", ">H-Reality<", ">H-Options<", ">H-Will<", ">H-Actions<",
                              ">H-Practice<", ">L-NextSession<", ">Prepared with Fieldbook.<"}) {
    const std::size_t at = html.find(heading);
    EXPECT_GT(at, last) << heading;
    last = at;
  }
  EXPECT_TRUE(has(html, "<title>Coaching session · Wang Lei · 2026-11-27</title>"));
}

TEST(GrowSessionSummaryHtml, EmptyPartsAreLeftOutHeadingsAndAll) {
  CoachingSession s;
  s.date = "2026-11-27";
  const std::string html = summary(s);
  EXPECT_TRUE(has(html, ">Coaching session<"));
  EXPECT_TRUE(has(html, ">2026-11-27<"));
  EXPECT_EQ(count(html, "<h2"), 0u);
  EXPECT_EQ(count(html, "<table"), 0u);
  EXPECT_EQ(count(html, "<section"), 0u);
  EXPECT_EQ(count(html, "<dt>"), 1u);  // the date only
  for (const char* label : {"L-Rep", "L-Stage", "L-Topic", "L-Customer", "L-NextSession", "H-", "C-", "L-Goal",
                            "L-Reality", "L-Commitment", "L-Support", "L-MakeItEight", "/10"}) {
    EXPECT_FALSE(has(html, label)) << label;
  }

  // Blank is empty: spaces and line breaks only, options and actions with no text.
  s.topic = "  \n ";
  s.goal.measure = "\r\n";
  s.options = {{"o1", " ", "", "\n", true}};
  s.actions = {{"a1", " \n", ActionOwner::Manager, "2026-12-01", ActionStatus::Done, "2026-11-29"}};
  s.will.support = "\t";
  EXPECT_EQ(summary(s), html);

  // No footer label, no footer.
  SessionSummaryLabels l = labels();
  l.footer.clear();
  EXPECT_FALSE(has(summary(s, nullptr, l), "<footer"));
}

TEST(GrowSessionSummaryHtml, EachPartAloneBringsOnlyItsOwnHeadingAndFields) {
  struct Part {
    const char* name;
    void (*set)(CoachingSession&);
    std::vector<const char*> expected;
    std::size_t headings, labelled_fields, tables;
  };
  const std::vector<Part> parts = {
      {"goal measure", [](CoachingSession& s) { s.goal.measure = "M"; }, {">H-Goal<", ">L-GoalMeasure<"}, 1, 1, 0},
      {"goal due", [](CoachingSession& s) { s.goal.due_date = "2026-12-31"; }, {">H-Goal<", ">L-GoalDue<"}, 1, 1, 0},
      {"reality tried", [](CoachingSession& s) { s.reality.tried = "T"; }, {">H-Reality<", ">L-RealityTried<"}, 1, 1,
       0},
      {"reality obstacles", [](CoachingSession& s) { s.reality.obstacles = "O"; },
       {">H-Reality<", ">L-RealityObstacles<"}, 1, 1, 0},
      {"option with cons only", [](CoachingSession& s) { s.options = {{"o1", "", "", "C", false}}; },
       {">H-Options<", ">C-Option<", "<td>C</td>"}, 1, 0, 1},
      {"commitment", [](CoachingSession& s) { s.will.commitment = 9; }, {">H-Will<", ">L-Commitment<", ">9/10<"}, 1, 1,
       0},
      {"make it an eight", [](CoachingSession& s) { s.will.to_make_it_eight = "E"; },
       {">H-Will<", ">L-MakeItEight<"}, 1, 1, 0},
      {"action", [](CoachingSession& s) { s.actions = {{"a1", "A", ActionOwner::Rep, "", ActionStatus::Open, ""}}; },
       {">H-Actions<", ">C-Action<", ">S-Open<"}, 1, 0, 1},
      {"practice", [](CoachingSession& s) { s.practice = {{"not-now", PracticeResult::Partly, ""}}; },
       {">H-Practice<", ">R-Partly<"}, 1, 0, 1},
      {"next session", [](CoachingSession& s) { s.next_session_on = "2026-12-11"; }, {">L-NextSession<"}, 0, 1, 0},
      {"topic", [](CoachingSession& s) { s.topic = "X"; }, {">L-Topic<"}, 0, 1, 0},
      {"customer", [](CoachingSession& s) { s.customer = "X"; }, {">L-Customer<"}, 0, 1, 0},
  };
  for (const Part& part : parts) {
    CoachingSession s;
    part.set(s);
    const std::string html = summary(s);
    for (const char* text : part.expected) EXPECT_TRUE(has(html, text)) << part.name << ": " << text;
    EXPECT_EQ(count(html, "<h2>"), part.headings) << part.name;
    EXPECT_EQ(count(html, "<dt>"), part.labelled_fields) << part.name;
    EXPECT_EQ(count(html, "<table"), part.tables) << part.name;
  }
}

TEST(GrowSessionSummaryHtml, EscapesEveryTextFromTheSessionAndTheRep) {
  // Each text its own number, so a text that slips through unescaped is named.
  int n = 0;
  std::vector<std::string> texts;
  auto hostile = [&]() {
    texts.push_back("<b id=\"t" + std::to_string(++n) + "\">O'Brien & Sons</b>");
    return texts.back();
  };
  team::Rep r = rep();
  r.name = hostile();
  CoachingSession s;
  s.date = hostile();
  s.topic = hostile();
  s.customer = hostile();
  s.goal = {hostile(), hostile(), hostile()};
  s.reality = {hostile(), hostile(), hostile()};
  s.options = {{"o1", hostile(), hostile(), hostile(), true}};
  s.will.support = hostile();
  s.will.to_make_it_eight = hostile();
  s.actions = {{"a1", hostile(), ActionOwner::Rep, hostile(), ActionStatus::Done, ""}};
  s.actions[0].done_on = hostile();
  s.practice = {{hostile(), PracticeResult::Stuck, hostile()}};  // a card id not in the set shows as it is
  s.next_session_on = hostile();
  SessionSummaryInfo info;
  info.rep = &r;
  info.stylesheet = hostile();

  const std::string html = session_summary_html(s, info, labels(), Language::En);
  EXPECT_FALSE(has(html, "<b ")) << html;
  EXPECT_FALSE(has(html, "O'Brien"));
  EXPECT_FALSE(has(html, "\"t"));
  EXPECT_FALSE(has(html, "& Sons"));
  for (const std::string& text : texts) {
    EXPECT_TRUE(has(html, html_escape(text))) << text;
  }
  EXPECT_TRUE(has(html, "&lt;b id=&quot;t1&quot;&gt;O&#39;Brien &amp; Sons&lt;/b&gt;"));
  EXPECT_EQ(n, 22);

  // The labels are escaped too: they are text, whatever the catalog holds.
  SessionSummaryLabels l = labels();
  l.title = "<i>Session</i>";
  l.chosen_mark = "\"Yes\"";
  const std::string labelled = summary(s, &r, l);
  EXPECT_FALSE(has(labelled, "<i>"));
  EXPECT_TRUE(has(labelled, ">&lt;i&gt;Session&lt;/i&gt;<"));
  EXPECT_TRUE(has(labelled, ">&quot;Yes&quot;<"));
}

TEST(GrowSessionSummaryHtml, LinksTheStylesheetAndHasNoInlineStyleOrScript) {
  const team::Rep r = rep();
  CoachingSession s = full_session();
  s.topic = "<script>alert(1)</script><p style=\"color:red\">x</p>";
  const std::string html = summary(s, &r);
  EXPECT_EQ(html.rfind("<!doctype html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_TRUE(has(html, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(has(html, "<link rel=\"stylesheet\" href=\"print.css\">"));
  EXPECT_TRUE(has(html, "content=\"default-src 'none'; style-src 'self'\""));
  EXPECT_FALSE(has(html, "<script"));
  EXPECT_FALSE(has(html, "<style"));
  EXPECT_FALSE(has(html, "style=\""));
  for (const std::string& tag : tags(html)) {
    EXPECT_FALSE(has(tag, " on")) << "an event handler: " << tag;
    EXPECT_FALSE(has(tag, "style=") || tag.rfind("<style", 0) == 0) << tag;
  }
  EXPECT_TRUE(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));

  SessionSummaryLabels l = labels();
  l.html_lang = "zh-CN";
  EXPECT_TRUE(has(summary(s, &r, l), "<html lang=\"zh-CN\">"));
}

TEST(GrowSessionSummaryHtml, CommitmentReadsOutOfTen) {
  CoachingSession s;
  for (int c : {1, 6, 10}) {
    s.will.commitment = c;
    const std::string html = summary(s);
    EXPECT_TRUE(has(html, "<dd>" + std::to_string(c) + "/10</dd>")) << c;
    EXPECT_EQ(count(html, "/10<"), 1u);
  }
  s.will.commitment.reset();
  EXPECT_FALSE(has(summary(s), "/10"));
  EXPECT_FALSE(has(summary(s), "H-Will"));
}

TEST(GrowSessionSummaryHtml, TheChosenOptionsAreMarked) {
  CoachingSession s = full_session();
  s.options.push_back({"o3", "Option-Third", "", "", true});
  const std::vector<std::string> r = rows(summary(s), "options");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_TRUE(has(r[0], ">C-Chosen<"));
  EXPECT_TRUE(has(r[1], "Option-Bundle services"));
  EXPECT_EQ(r[1].rfind("<tr class=\"chosen\">", 0), 0u) << r[1];
  EXPECT_TRUE(has(r[1], ">M-Chosen<"));
  EXPECT_TRUE(has(r[2], "Option-Cut the price"));
  EXPECT_EQ(r[2].rfind("<tr>", 0), 0u) << r[2];
  EXPECT_FALSE(has(r[2], "M-Chosen"));
  EXPECT_TRUE(has(r[3], "Option-Third"));
  EXPECT_TRUE(has(r[3], ">M-Chosen<"));
  EXPECT_EQ(count(summary(s), "M-Chosen"), 2u);
}

TEST(GrowSessionSummaryHtml, OwnersStatusesAndResultsComeFromTheLabels) {
  CoachingSession s = full_session();
  s.actions.push_back({"a4", "Action-Dropped with a date", ActionOwner::Manager, "", ActionStatus::Dropped, "2026-11-30"});
  s.practice.push_back({"boss-sign-off", PracticeResult::Partly, ""});
  const std::string html = summary(s);
  const std::vector<std::string> a = rows(html, "actions");
  ASSERT_EQ(a.size(), 5u);
  // Action, owner, due, status (a done action with the day it was done).
  EXPECT_TRUE(has(a[1], ">O-Rep<") && has(a[1], ">S-Open<") && !has(a[1], "O-Manager")) << a[1];
  EXPECT_TRUE(has(a[2], ">O-Manager<") && has(a[2], ">S-Done <span")) << a[2];
  EXPECT_TRUE(has(a[2], ">2026-11-29</span>")) << a[2];
  EXPECT_TRUE(has(a[3], ">O-Rep<") && has(a[3], ">S-Dropped<")) << a[3];
  EXPECT_TRUE(has(a[4], ">O-Manager<") && has(a[4], ">S-Dropped<")) << a[4];
  EXPECT_FALSE(has(a[4], "2026-11-30")) << "only a done action shows when it was done";
  EXPECT_EQ(count(html, "O-Rep"), 2u);
  EXPECT_EQ(count(html, "O-Manager"), 2u);

  const std::vector<std::string> p = rows(html, "practice");
  ASSERT_EQ(p.size(), 4u);
  EXPECT_TRUE(has(p[1], ">R-Handled<")) << p[1];
  EXPECT_TRUE(has(p[2], ">R-Stuck<")) << p[2];
  EXPECT_TRUE(has(p[3], ">R-Partly<")) << p[3];
  EXPECT_TRUE(has(p[3], "<td></td>")) << "no notes, an empty cell: " << p[3];
}

TEST(GrowSessionSummaryHtml, PracticeCardsSpeakTheLanguageAsked) {
  CoachingSession s;
  s.practice = {{"no-budget", PracticeResult::Handled, ""}, {"card-from-a-newer-version", PracticeResult::Stuck, ""}};
  const PracticeCard* card = find_practice_card("no-budget");
  ASSERT_NE(card, nullptr);
  const std::string en = summary(s, nullptr, labels(), Language::En);
  const std::string zh = summary(s, nullptr, labels(), Language::Zh);
  EXPECT_TRUE(has(en, html_escape(card->objection.en)));
  EXPECT_FALSE(has(en, card->objection.zh));
  EXPECT_TRUE(has(zh, html_escape(card->objection.zh)));
  EXPECT_FALSE(has(zh, html_escape(card->objection.en)));
  EXPECT_TRUE(has(en, ">card-from-a-newer-version<"));
  EXPECT_TRUE(has(zh, ">card-from-a-newer-version<"));
}

TEST(GrowSessionSummaryHtml, ChineseTextPassesThroughIntact) {
  team::Rep r = rep();
  r.name = "王磊";
  r.stage = team::RepStage::New;
  CoachingSession s;
  s.date = "2026-11-27";
  s.topic = "华东教育局续约";
  s.customer = "华东某教育局";
  s.goal.text = "第四季度签约";
  s.reality.obstacles = "采购负责人刚换，“价格敏感”";
  s.options = {{"o1", "打包服务", "一条预算线", "实施周期长", true}};
  s.will.commitment = 6;
  s.will.to_make_it_eight = "有一家同类标杆客户";
  s.actions = {{"a1", "下周出定制报价", ActionOwner::Rep, "2026-12-02", ActionStatus::Open, ""}};
  s.practice = {{"no-budget", PracticeResult::Handled, "回答得很稳"}};
  SessionSummaryLabels l = labels();
  l.html_lang = "zh-CN";
  l.title = "辅导记录";
  l.stage_new = "新人期";
  l.goal = "目标";
  l.chosen_mark = "已选";
  l.owner_rep = "销售";
  l.status_open = "进行中";
  const std::string html = summary(s, &r, l, Language::Zh);
  EXPECT_TRUE(is_valid_utf8(html));
  for (const char* text : {">王磊<", ">新人期<", ">华东教育局续约<", ">华东某教育局<", ">第四季度签约<",
                           ">采购负责人刚换，“价格敏感”<", ">打包服务<", ">一条预算线<", ">实施周期长<", ">已选<",
                           ">6/10<", ">有一家同类标杆客户<", ">下周出定制报价<", ">销售<", ">进行中<",
                           ">回答得很稳<", ">辅导记录<", ">目标<", "<html lang=\"zh-CN\">",
                           "<title>辅导记录 · 王磊 · 2026-11-27</title>", "预算不足：“今年没有这笔预算。”"}) {
    EXPECT_TRUE(has(html, text)) << text;
  }
}

TEST(GrowSessionSummaryHtml, LongTextsKeepTheirLineBreaks) {
  CoachingSession s;
  s.reality.text = "First fact\nSecond fact\r\nThird & last\rFourth\n\nAfter a blank line\n";
  s.practice = {{"not-now", PracticeResult::Partly, "Opened well\nLost the thread"}};
  const std::string html = body(summary(s));
  EXPECT_TRUE(has(html, "<dd>First fact<br>Second fact<br>Third &amp; last<br>Fourth<br><br>After a blank line</dd>"))
      << html;
  EXPECT_TRUE(has(html, "<td>Opened well<br>Lost the thread</td>")) << html;
  EXPECT_FALSE(has(html, "\r"));
}

// Every class the summary uses has a rule in the stylesheet it links: one added to the HTML
// without its CSS fails here.
TEST(GrowSessionSummaryHtml, EveryClassItUsesIsStyledByPrintCss) {
  std::ifstream in(FIELDBOOK_TEST_DATA "/../../web/static/print.css");
  ASSERT_TRUE(in) << "web/static/print.css";
  std::stringstream css;
  css << in.rdbuf();
  const std::string sheet = css.str();

  const team::Rep r = rep();
  const std::string html = summary(full_session(), &r);
  std::set<std::string> classes;
  for (std::size_t at = html.find("class=\""); at != std::string::npos; at = html.find("class=\"", at + 1)) {
    const std::size_t begin = at + 7;
    std::istringstream names(html.substr(begin, html.find('"', begin) - begin));
    for (std::string name; names >> name;) classes.insert(name);
  }
  EXPECT_GE(classes.size(), 10u);
  for (const std::string& name : classes) {
    bool styled = false;
    const std::string selector = "." + name;
    for (std::size_t at = sheet.find(selector); at != std::string::npos && !styled; at = sheet.find(selector, at + 1)) {
      const char next = at + selector.size() < sheet.size() ? sheet[at + selector.size()] : ' ';
      styled = !(std::isalnum(static_cast<unsigned char>(next)) || next == '-' || next == '_');
    }
    EXPECT_TRUE(styled) << "no rule for ." << name;
  }
}

}  // namespace
}  // namespace fieldbook::grow
