// backup_reminder(): ask only when the browser may delete work that no export holds, at most
// once a day, and on iOS for the Home Screen first.
#include <gtest/gtest.h>

#include "workspace/backup_reminder.h"

namespace fieldbook::workspace {
namespace {

constexpr std::int64_t kDay = 24LL * 60 * 60 * 1000;
constexpr std::int64_t kNow = 1'796'000'000'000;  // 2026-11-30

StorageFacts week_old_export() {
  StorageFacts f;
  f.first_visit = kNow - 60 * kDay;
  f.last_export = kNow - 8 * kDay;
  f.last_save = kNow - kDay;
  return f;
}

TEST(BackupReminder, AWeekOldExportWithEditsSinceIsRemindedOf) {
  EXPECT_EQ(backup_reminder(week_old_export(), kNow), BackupReminder::ExportBackup);
}

TEST(BackupReminder, NeverWithARecentExport) {
  StorageFacts f = week_old_export();
  for (const std::int64_t age : {std::int64_t{0}, kDay, 6 * kDay, 7 * kDay - 1}) {
    f.last_export = kNow - age;
    f.last_save = kNow;  // edits since, but the export is recent
    EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::None) << age;
  }
  f.last_export = kNow - 7 * kDay;
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::ExportBackup);
}

TEST(BackupReminder, NeverWhenEverythingIsExported) {
  StorageFacts f = week_old_export();
  f.last_save = kNow - 9 * kDay;  // the last edit is older than the export
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::None);
}

TEST(BackupReminder, NeverWhenStorageIsPersistent) {
  StorageFacts f = week_old_export();
  f.persistent = true;
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::None);
  f.ios_browser_tab = true;
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::None);
}

TEST(BackupReminder, NeverBeforeAnythingWasSaved) {
  StorageFacts f = week_old_export();
  f.last_save.reset();  // only the untouched sample
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::None);
}

TEST(BackupReminder, WithoutAnExportTheWeekCountsFromTheFirstVisit) {
  StorageFacts f;
  f.first_visit = kNow - 3 * kDay;
  f.last_save = kNow - kDay;
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::None);
  f.first_visit = kNow - 8 * kDay;
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::ExportBackup);
  f.first_visit.reset();  // unknown: remind rather than risk the work
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::ExportBackup);
}

TEST(BackupReminder, AtMostOnceADay) {
  StorageFacts f = week_old_export();
  f.last_dismissed = kNow - kDay + 1;
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::None);
  f.last_dismissed = kNow - kDay;
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::ExportBackup);
}

TEST(BackupReminder, OnAnIpadInSafariTheHomeScreenComesFirst) {
  StorageFacts f;
  f.ios_browser_tab = true;
  f.first_visit = kNow - kDay;
  f.last_save = kNow;
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::AddToHomeScreen);
  f.last_dismissed = kNow - 60 * 1000;
  EXPECT_EQ(backup_reminder(f, kNow), BackupReminder::None);
}

}  // namespace
}  // namespace fieldbook::workspace
