// The layout of an exported file (indent 2, for people): objects laid out a member per line, a
// list of numbers or texts on one line ("[1,2,3]"), so a customer table is not three times its compact size;
// the text reads back to the same workspace.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "common/json_writer.h"
#include "workspace/sample.h"
#include "workspace/workspace_io.h"

namespace {

using fieldbook::json::scalar_lists_on_one_line;

TEST(JsonLayout, ListsOfScalarsGoOnOneLineAndObjectsStayLaidOut) {
  const std::string laid_out =
      "{\n  \"n\": [\n    1,\n    -2.5,\n    3e+20\n  ],\n  \"s\": [\n    \"a, [b]\",\n    \"c\\\"]\"\n  ],\n"
      "  \"mixed\": [\n    null,\n    true\n  ],\n  \"empty\": [],\n  \"objects\": [\n    {\n      \"x\": [\n        1,\n"
      "        2\n      ]\n    }\n  ],\n  \"nested\": [\n    [\n      1\n    ]\n  ],\n  \"text\": \"[not a list\"\n}";
  EXPECT_EQ(scalar_lists_on_one_line(laid_out),
            "{\n  \"n\": [1,-2.5,3e+20],\n  \"s\": [\"a, [b]\",\"c\\\"]\"],\n  \"mixed\": [null,true],\n"
            "  \"empty\": [],\n  \"objects\": [\n    {\n      \"x\": [1,2]\n    }\n  ],\n  \"nested\": [\n    [1]\n  ],\n"
            "  \"text\": \"[not a list\"\n}");
}

// The sample workspace (with its customer analysis) exported for people: within a fifth of the
// compact size (1.09 times; an element per line made it about 2.6 times), the same when read back.
TEST(JsonLayout, AnExportedCustomerTableIsNearItsCompactSize) {
  const auto w = fieldbook::workspace::make_sample_workspace("zh", "2026-12-01T08:00:00.000Z");
  ASSERT_FALSE(w.rfm_analyses.empty());
  const std::string compact = fieldbook::workspace::save_workspace(w, 0);
  const std::string for_people = fieldbook::workspace::save_workspace(w, 2);
  EXPECT_LT(double(for_people.size()), 1.2 * double(compact.size()))
      << for_people.size() << " bytes laid out, " << compact.size() << " compact";
  EXPECT_EQ(fieldbook::workspace::save_workspace(fieldbook::workspace::load_workspace(for_people), 0), compact);
  // Still laid out for people: a member per line.
  std::istringstream lines(for_people);
  int count = 0;
  for (std::string line; std::getline(lines, line);) ++count;
  EXPECT_GT(count, 100);
}

}  // namespace
