#include <gtest/gtest.h>
#include "widgets/charts/bar.h"
TEST(ChartTicks, Placeholder) { EXPECT_EQ(fieldbook::shell::charts::nice_step(24.25), 20); }
