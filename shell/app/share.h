#pragma once
// Sharing an ROI case: the link (`…/#roi=<payload>`, src/roi/share_link.h), the read-only view
// of a case that arrived by link with "Save to my workspace", "Export PNG" of what is on screen,
// and the printable summary. The ROI screens call the functions below; the platform does the
// browser's part (web/static/js/share.js).
#include <optional>
#include <string>
#include <string_view>

#include "roi/case.h"
#include "roi/share_link.h"

namespace fieldbook::shell {

class App;

// What the app remembers about share links between frames (owned by App).
struct SharedCaseState {
  std::optional<roi::Case> shared;  // a case opened from a link: shown read-only until closed
  std::string error;                // the link could not be opened: why, in the UI's language
  std::string status;               // "Link copied", "Saved to your workspace", ...
  bool open() const { return shared.has_value(); }
};

// How the platform reports a share_link() request back (fb_share_result).
enum class ShareResult { Shared = 0, Copied = 1, Failed = 2 };

// Opens the payload of a `#roi=` fragment: the read-only shared view, or an error banner (the
// app stays as it was). Returns true when the link held a case.
bool open_share_link(App& app, std::string_view payload);
// The user's words for a link that could not be decoded or a case that cannot be shared.
std::string share_fault_text(roi::ShareLinkFault fault);

// Saves the shared case into the workspace under a new id (one undoable edit), closes the shared
// view and opens the case in the ROI tool. Returns the new id ("" when nothing was open).
std::string save_shared_case(App& app);
void close_shared_case(App& app);

// Share: encodes the case and hands "#roi=<payload>" to the platform (share sheet on tablets,
// else the clipboard; the page adds its own address). A case too large for a link gets an error
// banner instead. Returns false when the case does not exist or cannot be shared.
bool share_case(App& app, const std::string& case_id);
// The fragment ("#roi=<payload>") that Share hands to the platform, for the test API; throws
// Error when there is no case with this id or it cannot be shared.
std::string share_fragment(const App& app, std::string_view case_id);
void share_finished(App& app, ShareResult result);
// "QR code": the case's whole share link (page address + fragment) as a QR code in a dialog, for
// the customer to scan across the table; a case too large for a link gets the share error banner.
void show_case_qr(App& app, const roi::Case& c);

// "Export PNG": a picture of the screen (App::request_picture: meeting mode leaves out its
// controls), saved or shared as "roi-<case>.png".
void export_screen_png(App& app, const roi::Case& c);
// The printable summary (src/roi/summary_html.h) in the UI's language, printed by the browser.
void print_case_summary(App& app, const roi::Case& c);
// Its HTML (for tests and for print_case_summary).
std::string case_summary_html(App& app, const roi::Case& c);

// The banners (share error, share status) and the shared case view.
void draw_share_banners(App& app);
void draw_shared_case_view(App& app);

}  // namespace fieldbook::shell
