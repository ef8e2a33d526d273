#include "widgets/test_ids.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace fieldbook::shell {
namespace {

// Two maps: the frame being built and the last complete one, so a query between frames always
// sees a whole frame.
std::unordered_map<std::string, Rect> g_building;
std::unordered_map<std::string, Rect> g_last;

}  // namespace

void tag_rect(std::string_view id, ImVec2 min, ImVec2 max) {
  g_building[std::string(id)] = Rect{min.x, min.y, max.x - min.x, max.y - min.y};
}

void tag_item(std::string_view id) { tag_rect(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()); }

void begin_test_frame() { g_building.clear(); }

void end_test_frame() { g_last.swap(g_building); }

std::optional<Rect> item_rect(std::string_view id) {
  if (auto it = g_last.find(std::string(id)); it != g_last.end()) return it->second;
  return std::nullopt;
}

std::vector<std::string> item_ids() {
  std::vector<std::string> ids;
  ids.reserve(g_last.size());
  for (const auto& [id, rect] : g_last) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace fieldbook::shell
