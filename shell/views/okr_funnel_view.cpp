// The funnel board.
#include "app/app.h"
#include "views/okr_parts.h"
#include "widgets/form.h"

namespace fieldbook::shell {

void draw_funnel_page(App&) { form::hint(tr(S::OkrTabFunnel)); }

}  // namespace fieldbook::shell
