#pragma once
// The ROI case as a record of the workspace's roiCases collection (workspace/collections.h): how
// a message names it, its rules as a record of a file, and the cases of the sample workspace.
#include <string>
#include <string_view>
#include <vector>

#include "common/date.h"
#include "common/issue.h"
#include "common/record_reference.h"
#include "roi/case.h"

namespace fieldbook::roi {

// "East China EdTech Co. · Smart classroom rollout", or the case name alone.
std::string record_name(const Case& c);

// The case's problems with paths inside it ("benefits[1].hours"): validate()'s rules, the
// currency exactly as the app writes it, and the time of every line. (The case's own id and
// updatedAt are checked with the collection's.) A value out of range is at_input: the editor
// shows it, and this device's storage keeps it.
std::vector<Issue> check_record(const Case& c);

// Its owner.
inline std::vector<RecordReference> references(const Case& c) { return owner_references(c.owner_id); }

// Two cases from the built-in templates, for two customers, named in `language`.
std::vector<Case> sample_cases(std::string_view language, const std::string& now, Date today);

}  // namespace fieldbook::roi
