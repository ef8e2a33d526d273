// Frames on demand: a frame is drawn only when an input arrived or the app asked for one
// (animation, inertia, the caret blink). Idle means no frames at all.
export function createScheduler(drawFrame) {
  let rafPending = false;
  let timer = 0;
  const firstFrame = [];

  const settledWaiters = [];

  function tick(t) {
    rafPending = false;
    const next = drawFrame(t);
    while (firstFrame.length) firstFrame.shift()();
    if (next === 0) request();
    else if (next > 0) timer = setTimeout(() => { timer = 0; request(); }, next);
    if (!rafPending) while (settledWaiters.length) settledWaiters.shift()();
  }

  function request() {
    if (timer) { clearTimeout(timer); timer = 0; }
    if (!rafPending) {
      rafPending = true;
      requestAnimationFrame(tick);
    }
  }

  // Draws frames now, inside the current event handler (iOS opens the keyboard only when focus()
  // runs in the touch handler itself, so a tap must reach ImGui before the handler returns).
  function runNow(count) {
    for (let i = 0; i < count; i++) drawFrame(performance.now());
    request();
  }

  const afterNextFrame = () => new Promise((resolve) => { firstFrame.push(resolve); request(); });

  // Resolves once the app has drawn every frame it asked for: no frame is due at the next
  // animation frame (a timer for the caret blink or a long press does not count). It first waits
  // for one animation frame, so that what the browser is still delivering (a resize) is in.
  const settled = () => new Promise((resolve) => {
    requestAnimationFrame(() => {
      if (rafPending) settledWaiters.push(resolve);
      else resolve();
    });
  });
  return { request, runNow, afterNextFrame, settled };
}
