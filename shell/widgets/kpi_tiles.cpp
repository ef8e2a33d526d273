#include "widgets/kpi_tiles.h"

#include <algorithm>

#include "widgets/test_ids.h"
#include "widgets/theme.h"

namespace fieldbook::shell {

namespace {

constexpr ImU32 kTileBackground = IM_COL32(248, 250, 252, 255);

// `size` (before the user's zoom) made small enough for `text` to fit `width` px (never below 60 %).
float fitting_size(const std::string& text, float size, float width) {
  const float px = size * ImGui::GetStyle().FontScaleMain;
  const float w = ImGui::GetFont()->CalcTextSizeA(px, FLT_MAX, 0.0f, text.c_str()).x;
  if (w <= width || w <= 0) return size;
  return std::max(size * 0.6f, size * width / w);
}

void text_at(ImVec2 pos, const std::string& text, float size, ImU32 color, float max_width) {
  ImGui::SetCursorScreenPos(pos);
  ImGui::PushFont(nullptr, fitting_size(text, size, max_width));
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

}  // namespace

void kpi_tiles(const std::vector<KpiTile>& tiles, const KpiTileStyle& style) {
  if (tiles.empty()) return;
  const float zoom = ImGui::GetStyle().FontScaleMain;  // sizes below are before the user's zoom
  const float label_px = style.label_size * zoom, value_px = style.value_size * zoom, note_px = style.note_size * zoom;
  const float gap = std::max(8.0f, label_px * 0.75f);
  const float avail = ImGui::GetContentRegionAvail().x;
  const int n = int(tiles.size());
  int columns = std::clamp(int((avail + gap) / (style.min_width * zoom + gap)), 1, std::min(n, style.max_columns));
  // 3 + 1 or 3 + 2 leaves a lonely row: 2 across reads better.
  if (columns == 3 && n % 3 != 0) columns = 2;
  const int rows = (n + columns - 1) / columns;
  const float w = (avail - gap * float(columns - 1)) / float(columns);
  const float pad = std::max(8.0f, label_px * 0.8f);
  bool any_note = false;
  for (const auto& t : tiles) any_note = any_note || !t.note.empty();
  const float h = pad * 2 + label_px * 1.3f + value_px * 1.25f + (any_note ? note_px * 1.4f : 0.0f);

  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int i = 0; i < n; ++i) {
    const KpiTile& t = tiles[size_t(i)];
    const ImVec2 min(origin.x + float(i % columns) * (w + gap), origin.y + float(i / columns) * (h + gap));
    const ImVec2 max(min.x + w, min.y + h);
    dl->AddRectFilled(min, max, kTileBackground, pad * 0.6f);
    dl->AddRect(min, max, colors::Border, pad * 0.6f);
    const float inner = w - pad * 2;
    float y = min.y + pad;
    text_at(ImVec2(min.x + pad, y), t.label, style.label_size, colors::TextMuted, inner);
    y += label_px * 1.3f;
    text_at(ImVec2(min.x + pad, y), t.value, style.value_size, t.value_color ? t.value_color : colors::Text, inner);
    y += value_px * 1.25f;
    if (!t.note.empty()) text_at(ImVec2(min.x + pad, y), t.note, style.note_size, colors::TextMuted, inner);
    tag_rect(t.test_id, min, max);
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(avail, float(rows) * h + float(rows - 1) * gap));
}

}  // namespace fieldbook::shell
