#pragma once
// The chart family, drawn with ImDrawList (see chart_common.h for what they share).
#include "widgets/charts/bar.h"
#include "widgets/charts/chart_common.h"
#include "widgets/charts/funnel.h"
#include "widgets/charts/heatmap.h"
#include "widgets/charts/histogram.h"
#include "widgets/charts/line.h"
#include "widgets/charts/progress.h"
#include "widgets/charts/scatter.h"
#include "widgets/charts/tornado.h"
