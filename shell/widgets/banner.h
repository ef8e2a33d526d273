#pragma once
// A full-width message strip at the top of the content: info (blue), warning (amber), error (red),
// with an optional action button. Returns true when the action was pressed.
namespace fieldbook::shell {

enum class BannerKind { Info, Warning, Error };

bool banner(const char* test_id, BannerKind kind, const char* text, const char* action = nullptr);

// With a second button that puts the message off ("Later", test id `<test_id>.dismiss`).
enum class BannerChoice { None, Action, Dismiss };
BannerChoice banner(const char* test_id, BannerKind kind, const char* text, const char* action, const char* dismiss);

}  // namespace fieldbook::shell
