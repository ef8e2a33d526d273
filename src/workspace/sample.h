#pragma once
// The sample workspace a first visit opens on, so a new user sees every tool with data at once.
// It is marked as sample (Workspace::sample) and cleared with one tap.
#include <string>
#include <string_view>

#include "common/date.h"
#include "workspace/workspace.h"

namespace fieldbook::workspace {

// `language` "zh" or "en" names the records; `now` (ISO-8601 UTC) stamps them; their dates are
// counted from `today`, the user's own day (the app's local date).
Workspace make_sample_workspace(std::string_view language, const std::string& now, Date today);
// Without a time zone (tests, tools): the day of `now` in UTC.
Workspace make_sample_workspace(std::string_view language, const std::string& now);

// Sample records' ids start with this, so clearing them keeps whatever the user made meanwhile.
inline constexpr std::string_view kSampleIdPrefix = "sample-";
bool is_sample_id(std::string_view id);

// The same workspace without the sample records (settings and the user's own records kept, and
// the sample records those name: a session the user held with a sample rep keeps the rep).
Workspace without_sample(const Workspace& workspace, const std::string& now);

}  // namespace fieldbook::workspace
