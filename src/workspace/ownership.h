#pragma once
// Whose each record is. Every workspace has an owner (settings.ownerId, made on the first visit);
// records carry `ownerId`: "" for the workspace's owner, or a member of the team. Key results and
// check-ins are their objective's owner's, KPI entries their KPI's. A coaching session's owner is
// the coach; the rep it is about is its repId.
#include <string>
#include <string_view>

#include "workspace/workspace.h"

namespace fieldbook::workspace {

// "Send to my manager": the user's own records only — ROI cases, RFM analyses, objectives with
// their key results and check-ins, KPIs with their entries, funnel periods — with the settings
// (the owner's id and name) and the tombstones of the user's own deletions. Not the team, not the
// coaching sessions (the coach's), not the sample. An objective aligned under one that is not
// the user's loses the link (the file could not name it); it shows at the top of its tree.
Workspace own_records(const Workspace& w);

// The name "send to my manager" gives its file: "fieldbook-李娜-2026-11-30.json" (the user's name,
// with characters no file system takes replaced; "fieldbook-2026-11-30.json" without a name).
std::string own_file_name(std::string_view user_name, std::string_view day);

// Whether a record of a collection with this key has an owner of its own (the others follow
// their parent's): roiCases, rfmAnalyses, coachingSessions, objectives, kpis, funnelPeriods.
bool has_owner(std::string_view collection_key);

// Whether a record is the team member `rep_id`'s ("everything of theirs": deleting them, the team
// dashboard's filter): one they own (ownerId), or a coaching session about them (repId) or that
// they led (ownerId: a senior rep coaching a new one). Key results and check-ins follow their
// objective, KPI entries their KPI. So deleting a coach takes the sessions they led, which would
// otherwise name someone who is gone.
inline bool is_theirs(const roi::Case& r, std::string_view rep_id) { return r.owner_id == rep_id; }
inline bool is_theirs(const rfm::AnalysisRecord& r, std::string_view rep_id) { return r.owner_id == rep_id; }
inline bool is_theirs(const okr::Objective& r, std::string_view rep_id) { return r.owner_id == rep_id; }
inline bool is_theirs(const okr::Kpi& r, std::string_view rep_id) { return r.owner_id == rep_id; }
inline bool is_theirs(const okr::FunnelPeriod& r, std::string_view rep_id) { return r.owner_id == rep_id; }
inline bool is_theirs(const grow::CoachingSession& r, std::string_view rep_id) {
  return r.rep_id == rep_id || (!rep_id.empty() && r.owner_id == rep_id);
}

}  // namespace fieldbook::workspace
