#pragma once
// How the RFM screens say numbers and name things: counts, money (compact 万 in Chinese),
// percentages, a segment's colour, a column role's name. Segment labels and actions come from
// the core (SegmentSummary::name / action, in the UI's language).
#include <string>
#include <string_view>

#include "imgui.h"
#include "rfm/columns.h"
#include "rfm/import.h"

namespace fieldbook::shell {

std::string rfm_count(double value);                             // 12,345
std::string rfm_money(double value, std::string_view currency);  // ¥12,345 / ¥1.2万
std::string rfm_percent(double fraction);                        // 34.4%
ImU32 rfm_segment_color(int row, int named);                     // Others grey
const char* rfm_role_label(rfm::Role role);
// What is wrong with an imported row, in the UI's language ("不是有效金额：千位分隔符位置不对").
std::string rfm_row_problem(const rfm::RowError& e);

}  // namespace fieldbook::shell
