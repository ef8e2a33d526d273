#pragma once
// The KPIs page's changes to the workspace — KPIs and their entries — each one undoable edit
// through the session, with updatedAt stamped on what changed. What the entries add up to stays
// in src/okr (kpi_stats.h).
#include <cstddef>
#include <string>
#include <string_view>

#include "okr/kpi.h"
#include "workspace/workspace.h"

namespace fieldbook::shell {

class App;

const okr::Kpi* find_kpi(const workspace::Workspace& w, std::string_view id);

// A new KPI (at least, weekly, a count), opened on its page.
void add_kpi(App& app);
// The handbook's KPI number `index` (okr::handbook_example's kpis: 0 = new qualified
// opportunities a week, 1 = visit conversion), without its entries, under a new id.
void add_handbook_kpi(App& app, std::size_t index);
// Edits with the same key in quick succession (typing) are one undo step.
void save_kpi(App& app, std::string_view coalesce_key, okr::Kpi k);
// Deletes the KPI and its entries, as one undo step.
void delete_kpi(App& app, std::string_view id);

// The KPI's value for the week or month that holds `day` (okr::kpi_period_start): the entry of
// that period is updated when there is one, else one is added. Returns the entry's id.
std::string set_kpi_entry(App& app, const okr::Kpi& k, const std::string& day, double value,
                          std::string_view coalesce_key = {});
// A correction of one entry's value (the KPI's page).
void set_kpi_entry_value(App& app, std::string_view id, double value, std::string_view coalesce_key);
// Deletes the entry, and any older one of its period that a merge brought (okr::counted_entries).
void delete_kpi_entry(App& app, std::string_view id);

}  // namespace fieldbook::shell
