#pragma once
// A QR code held up in a meeting: the customer scans it and has the link on their phone. One
// dialog for every address the app hands over this way (an ROI case's share link; the About page
// draws the app's own address inline with the same widget).
#include <optional>
#include <string>

#include "common/qr_code.h"

namespace fieldbook::shell {

class App;

// What the dialog shows; owned by the app (App::state<QrDialog>()).
struct QrDialog {
  bool open = false;
  std::string title;    // what the code is of: the case's customer, ...
  std::string address;  // what it encodes
  std::optional<QrCode> code;  // nullopt: the address is too long for a QR code
};

// Opens the dialog with the code of `address`. A too-long address opens it with that message.
void show_qr_dialog(App& app, std::string title, std::string address);
void draw_qr_dialog(App& app);

// The side a QR code may take on this screen: as big as fits, for a camera across a table, and
// not more than a phone's screen needs.
float qr_side(float available_width);

}  // namespace fieldbook::shell
