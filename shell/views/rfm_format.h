#pragma once
// How the RFM screens say numbers and name things: counts, money (compact 万 in Chinese),
// percentages, a segment's colour, a column role's name. Segment labels and actions come from
// the core (SegmentSummary::name / action, in the UI's language).
#include <string>
#include <string_view>

#include "common/error.h"
#include "imgui.h"
#include "rfm/columns.h"
#include "rfm/import.h"
#include "rfm/import_job.h"

namespace fieldbook::shell {

std::string rfm_count(double value);                             // 12,345
std::string rfm_value(double value);                             // 287.4 (a threshold: at most 2 decimals)
std::string rfm_money(double value, std::string_view currency);  // ¥12,345 / ¥1.2万
std::string rfm_percent(double fraction);                        // 34.4%
ImU32 rfm_segment_color(int row, int named);                     // Others grey
const char* rfm_role_label(rfm::Role role);
// What is wrong with an imported row, in the UI's language ("不是有效金额：千位分隔符位置不对").
std::string rfm_row_problem(const rfm::RowError& e);
// Why a failed import (phase Failed) failed, in the UI's language ("文件只有表头，没有数据行。").
std::string rfm_import_failure(const rfm::ImportJob& job);
// Why the import failed after its rows were read (scoring): `error` is the core's English, which
// an English UI shows; a Chinese one says the import stopped.
std::string rfm_late_failure(const std::string& error);
// Why the scoring form's values were refused ("the R thresholds must each be larger than the one
// before"), from the core's error: the dimension is its path, the rule its ValueRule.
std::string rfm_scoring_problem(const Error& e);
// Why a rule set was not applied ("第 2 条规则的 R 范围应在 1 到 5 之间"), from the core's error.
std::string rfm_rules_problem(const Error& e);
// The encoding's name as people know it: "UTF-8", "GBK / GB18030".
const char* rfm_encoding_name(rfm::Encoding e);

}  // namespace fieldbook::shell
