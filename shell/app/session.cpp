#include "app/session.h"

#include "app/file_error_text.h"

#include <chrono>
#include <random>

#include "common/date.h"
#include "common/error.h"
#include "workspace/deletions.h"
#include "workspace/ownership.h"
#include "workspace/sample.h"
#include "workspace/validate.h"
#include "workspace/workspace_io.h"

namespace fieldbook::shell {

Session::Session(Platform& platform) : platform_(platform) {}

std::string Session::now_iso() const { return format_iso_timestamp(Timestamp{platform_.now_ms()}); }

std::string Session::today_iso() const {
  const std::int64_t local_ms = platform_.now_ms() + std::int64_t{platform_.utc_offset_minutes()} * 60'000;
  return format_iso_date(date_of(Timestamp{local_ms}));
}

std::string Session::new_id(std::string_view kind) {
  // Time plus randomness: two reps creating records offline on the same day still differ.
  static std::mt19937_64 rng{std::random_device{}()};
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  auto base36 = [](std::uint64_t v, int width) {
    std::string s(static_cast<std::size_t>(width), '0');
    for (int i = width - 1; i >= 0; --i, v /= 36) s[static_cast<std::size_t>(i)] = kDigits[v % 36];
    return s;
  };
  return std::string(kind) + "-" + base36(static_cast<std::uint64_t>(platform_.now_ms()), 9) + "-" +
         base36(rng() ^ ++id_counter_, 6);
}

std::string Session::try_open(std::string_view stored_json) {
  try {
    doc_ = workspace::load_workspace(stored_json, workspace::LoadMode::DeviceStorage);
    ++opened_;
  } catch (const Error& e) {
    return file_error_text(e);  // in the UI's words: storage shows it in a notice
  }
  history_.clear();
  prune_tombstones(doc_, Timestamp{platform_.now_ms()});
  ensure_owner();
  return {};
}

void Session::open_sample(std::string_view language) {
  // Dated from this device's day: in Shanghai before 08:00 the UTC date is still yesterday.
  doc_ = workspace::make_sample_workspace(language, now_iso(), parse_iso_date(today_iso()).value_or(Date{}));
  ++opened_;
  history_.clear();
  ensure_owner();
}

void Session::ensure_owner() {
  // Made once and kept in the document (and its files), so a manager's import recognises this
  // workspace's records as the same person's each time. Saved at once: it must not change.
  if (!doc_.settings.owner_id.empty()) return;
  doc_.settings.owner_id = new_id("u");
  changed();
}

void Session::changed() {
  ++revision_;
  if (save_state_ != SaveState::MemoryOnly && save_state_ != SaveState::Stale) save_state_ = SaveState::Pending;
  platform_.workspace_changed();
}

void Session::edit(std::string_view coalesce_key, const std::function<void(workspace::Workspace&)>& command) {
  history_.record(doc_, std::string(coalesce_key), platform_.now_ms());
  // Whatever the edit deleted leaves a tombstone, so the deletion travels with the next file.
  const workspace::RecordIds before = workspace::record_ids(doc_);
  command(doc_);
  workspace::note_deletions(before, doc_, now_iso());
  changed();
}

void Session::replace(const std::function<void(workspace::Workspace&)>& command) {
  // A file that becomes the workspace deletes nothing: what it lacks was never in it.
  history_.record(doc_, "", platform_.now_ms());
  command(doc_);
  ensure_owner();
  changed();
}

bool Session::undo() {
  if (!history_.undo(doc_)) return false;
  changed();
  return true;
}

bool Session::redo() {
  if (!history_.redo(doc_)) return false;
  changed();
  return true;
}

std::string Session::storage_snapshot() {
  try {
    return workspace::save_workspace(doc_, 0);
  } catch (const Error& e) {
    set_save_state(SaveState::Failed, e.what());
    return {};
  }
}

void Session::begin_snapshot() {
  const auto clock = [] {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
  };
  snapshot_ = std::make_unique<workspace::SnapshotWriter>(doc_, clock);
}

Session::SnapshotStatus Session::step_snapshot(workspace::StepBudget budget) {
  if (!snapshot_) return SnapshotStatus::Failed;
  try {
    return snapshot_->step(budget) ? SnapshotStatus::Done : SnapshotStatus::Working;
  } catch (const Error& e) {
    snapshot_.reset();
    set_save_state(SaveState::Failed, e.what());
    return SnapshotStatus::Failed;
  }
}

std::string_view Session::snapshot_chunk(std::size_t max_bytes) {
  return snapshot_ ? snapshot_->next_chunk(max_bytes) : std::string_view();
}

void Session::set_save_state(SaveState state, std::string message) {
  save_state_ = state;
  save_message_ = std::move(message);
}

std::string Session::export_json() {
  workspace::Workspace w = doc_;
  w.exported_by = doc_.settings.user_name;
  try {
    export_error_.clear();
    return workspace::save_workspace(w, 2);
  } catch (const Error& e) {
    export_error_ = e.what();
    return {};
  }
}

std::string Session::export_file_json() {
  if (const auto issues = workspace::validate(doc_); !issues.empty()) {
    export_error_ = issue_text(issues.front());
    return {};
  }
  return export_json();
}

std::string Session::export_own_json() {
  const workspace::Workspace own = workspace::own_records(doc_);
  // As Export: a value typed out of range is held back, or the manager's import would refuse it.
  if (const auto issues = workspace::validate(own); !issues.empty()) {
    export_error_ = issue_text(issues.front());
    return {};
  }
  try {
    export_error_.clear();
    return workspace::save_workspace(own, 2);
  } catch (const Error& e) {
    export_error_ = e.what();
    return {};
  }
}

std::string Session::own_file_name() const {
  return workspace::own_file_name(doc_.settings.user_name, format_iso_date(date_of(Timestamp{platform_.now_ms()})));
}

std::string Session::export_file_name() const {
  return "fieldbook-" + format_iso_date(date_of(Timestamp{platform_.now_ms()})) + ".json";
}

ImportPreview Session::preview_import(std::string_view json) const {
  ImportPreview p;
  try {
    p.contents = workspace::contents_of(workspace::load_workspace(json));
    p.ok = true;
  } catch (const Error& e) {
    p.error = file_error_text(e);
  }
  return p;
}

ImportOutcome Session::import_json(std::string_view json, ImportMode mode) {
  ImportOutcome out;
  workspace::Workspace incoming;
  try {
    incoming = workspace::load_workspace(json);
  } catch (const Error& e) {
    out.error = e.what();  // nothing changed (the core's own words: the test API reports them)
    return out;
  }
  const auto take = [&](workspace::Workspace& w) {
    if (mode == ImportMode::Replace) {
      // The file's records, with this workspace's owner: the file may be someone else's.
      std::string owner = std::move(w.settings.owner_id);
      w = std::move(incoming);
      w.settings.owner_id = std::move(owner);
    } else {
      workspace::merge_into(w, incoming, out.report);
    }
    w.schema_version = workspace::kSchemaVersion;
    w.exported_by.clear();
  };
  if (mode == ImportMode::Replace)
    replace(take);
  else
    edit("", take);
  out.ok = true;
  return out;
}

bool Session::commit_team_import(const workspace::TeamImport& import) {
  if (!import.ok()) return false;
  // Through replace(), not edit(): merged() already holds every tombstone the files carried, with
  // the time each rep deleted the record. edit() would stamp a second tombstone "now" for each
  // record the merge removed — a later deletion time that would also beat a rep's copy edited
  // after their deletion, and that every later file would carry on.
  replace([&](workspace::Workspace& w) {
    w = import.merged();
    w.schema_version = workspace::kSchemaVersion;
    w.exported_by.clear();
  });
  return true;
}

void Session::clear_sample() {
  const std::string now = now_iso();
  edit("", [&](workspace::Workspace& w) { w = workspace::without_sample(w, now); });
}

}  // namespace fieldbook::shell
