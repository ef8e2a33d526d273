#pragma once
// The self-check on the About page: how this web server delivers the site, a line per fact
// (app/host_check.h judges them), with the fix for each problem.
namespace fieldbook::shell {

class App;

void draw_host_check(App& app);

}  // namespace fieldbook::shell
