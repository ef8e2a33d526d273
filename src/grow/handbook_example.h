#pragma once
// The handbook's GROW example, as a worksheet a manager can start from: a rep says "this
// customer is too hard" → Goal: sign the customer in Q4; Reality: price-sensitive; Options:
// bundle services; Will: a customised quote plus a service package next week.
#include "common/localized_text.h"
#include "grow/coaching_session.h"

namespace fieldbook::grow {

// The worksheet's words in `lang`, with option and action ids "example-option-1", ...; no id,
// rep, dates or commitment: the caller sets them (a new session, the sample).
CoachingSession handbook_example(Language lang);

}  // namespace fieldbook::grow
