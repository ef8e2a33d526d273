#pragma once
// A row of a list that opens something: whatever `content` draws (wrapped text, badges, bars),
// with the whole row tappable behind it and a rule under it. The row is as tall as its content,
// so long Chinese titles wrap instead of being cut. Tagged with `test_id` (the whole row).
#include <functional>
#include <string>

namespace fieldbook::shell {

// `content` draws at the row's inner left edge and gets the inner width. `selected` highlights the
// row (a filter it stands for is on). Returns true when tapped.
bool tap_row(const std::string& test_id, const std::function<void(float inner_width)>& content, bool selected = false);

}  // namespace fieldbook::shell
