// The KPIs page.
#include "app/app.h"
#include "views/okr_parts.h"
#include "widgets/form.h"

namespace fieldbook::shell {

void draw_kpi_page(App&) { form::hint(tr(S::OkrTabKpis)); }

}  // namespace fieldbook::shell
