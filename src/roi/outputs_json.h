#pragma once
// The outputs of an ROI case as one JSON object: what `fieldbook roi CASE.json` prints and what
// the app can hand to a share link or a printout. A contract: keep the key names.
//
//   {"id":"roi-1","name":"...","customerName":"...","currency":"CNY","years":3,"period":"yearly",
//    "discountRate":0.08,
//    "roiPercent":..., "netBenefit":..., "npv":..., "irr":...|null, "irrs":[...],
//    "paybackMonths":...|null, "discountedPaybackMonths":...|null,
//    "netBenefit3y":..., "netBenefit3yYears":3, "totalCosts":..., "totalBenefits":...,
//    "breakdown":[{"id","label","kind","total","presentValue","sharePercent"}, ...],
//    "periods":[{"period","year","oneTimeCosts","recurringCosts","costs","costSaving",
//                "revenueGain","productivity","benefits","net","cumulative","discountFactor",
//                "discountedNet","discountedCumulative"}, ...],
//    "scenarios":{"conservative":{...},"expected":{...},"optimistic":{...}}}
//
// The top-level figures and the periods are the expected scenario's. Each scenario holds
// roiPercent, netBenefit, npv, irr, paybackMonths, discountedPaybackMonths, netBenefit3y,
// totalCosts and totalBenefits. Numbers are the shortest text that reads back as the same double
// (what JavaScript prints); a figure that does not exist (no IRR, not paid back, no costs) is null.
#include <string>

#include "roi/case.h"

namespace fieldbook::roi {

std::string outputs_json(const Case& c);

}  // namespace fieldbook::roi
