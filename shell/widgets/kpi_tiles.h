#pragma once
// KPI tiles: a label, a big number and an optional note, in a grid that reflows with the width
// (4 across on a projector, 2 x 2 on a portrait tablet; never 3 + 1). The value shrinks to fit
// its tile rather than being cut. Text is drawn as ImGui text, so it is selectable by tests.
#include <string>
#include <vector>

#include "imgui.h"

namespace fieldbook::shell {

struct KpiTile {
  std::string test_id;  // tagged on the whole tile
  std::string label;
  std::string value;
  std::string note;     // under the value, muted; may be empty
  ImU32 value_color = 0;  // 0: the text colour
};

struct KpiTileStyle {
  float min_width = 200;   // a column is added only while every tile stays this wide
  float label_size = 15;
  float value_size = 32;
  float note_size = 13;
  int max_columns = 4;
};

// Draws the tiles at the cursor across the available width; advances the cursor below them.
void kpi_tiles(const std::vector<KpiTile>& tiles, const KpiTileStyle& style);

}  // namespace fieldbook::shell
