#include "workspace/backup_reminder.h"

namespace fieldbook::workspace {

BackupReminder backup_reminder(const StorageFacts& f, std::int64_t now_ms) {
  if (f.persistent.value_or(false) || !f.last_save) return BackupReminder::None;  // nothing the browser may take
  if (f.last_export && *f.last_export >= *f.last_save) return BackupReminder::None;  // all exported
  if (f.last_dismissed && now_ms - *f.last_dismissed < kReminderQuietMs) return BackupReminder::None;
  // On iOS the Home Screen is the real fix (Safari then keeps the storage): ask for it at once.
  if (f.ios_browser_tab) return BackupReminder::AddToHomeScreen;
  // Unexported work counts from the last export, or from the first visit when there was none.
  const std::optional<std::int64_t> since = f.last_export ? f.last_export : f.first_visit;
  if (since && now_ms - *since < kBackupMaxAgeMs) return BackupReminder::None;
  return BackupReminder::ExportBackup;
}

}  // namespace fieldbook::workspace
