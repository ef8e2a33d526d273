#pragma once
// Whether to remind the user to keep a copy of the workspace outside the browser.
//
// The workspace lives in the browser's storage, which browsers may delete: Safari removes all
// script-written storage of a site not used for 7 days unless the web app is on the Home Screen,
// and other browsers evict under storage pressure unless the site's storage was made persistent
// (navigator.storage.persist()). A rep who opens the app weekly in meetings can lose everything.
// So, while storage is not persistent and there is work that no export holds, the app asks once
// a day at most: on an iPad or iPhone to add the app to the Home Screen, elsewhere (and on iOS
// once it is installed) to export a backup when the last one is a week old.
#include <cstdint>
#include <optional>

namespace fieldbook::workspace {

// What the device knows; times are milliseconds since 1970-01-01 UTC.
struct StorageFacts {
  std::optional<bool> persistent;          // navigator.storage.persisted(); unknown without the API
  bool ios_browser_tab = false;            // Safari on iPad/iPhone, not opened from the Home Screen
  std::optional<std::int64_t> first_visit;  // the first time this device opened the app
  std::optional<std::int64_t> last_save;    // the newest edit in storage (the sample, untouched, is never saved)
  std::optional<std::int64_t> last_export;  // the last Export of the whole workspace
  std::optional<std::int64_t> last_dismissed;  // the reminder was last put off ("Later")
  std::optional<std::int64_t> used_bytes;   // navigator.storage.estimate()
  std::optional<std::int64_t> quota_bytes;
};

enum class BackupReminder { None, AddToHomeScreen, ExportBackup };

inline constexpr std::int64_t kBackupMaxAgeMs = 7LL * 24 * 60 * 60 * 1000;   // a week, Safari's limit
inline constexpr std::int64_t kReminderQuietMs = 24LL * 60 * 60 * 1000;      // at most once a day

BackupReminder backup_reminder(const StorageFacts& facts, std::int64_t now_ms);

}  // namespace fieldbook::workspace
