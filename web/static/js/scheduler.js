// Frames on demand: a frame is drawn only when an input arrived or the app asked for one
// (animation, inertia, the caret blink). Idle means no frames at all.
//
// Work that takes many frames' time (the RFM import of a large file) runs in tasks of its own
// between frames (`work.pending()`, `work.step()`: one step of the app's budget, true while more
// remains), with a frame now and then for its progress and at once when an input asks. A frame
// costs the page more than the app's part of it: the canvas is drawn and composited before the
// next task can run: a few ms on a GPU, 30-80 ms under software rendering (SwiftShader, where
// the canvas is read back for the compositor). So the time between frames follows what the
// last frame cost: frames take at most a fifth of the time while work runs, and come at least
// 50 ms and at most 250 ms apart.
const WORK_FRAME_SHARE = 5;
const WORK_FRAME_MIN_MS = 50;
const WORK_FRAME_MAX_MS = 250;

export function createScheduler(drawFrame, work = null) {
  let rafPending = false;
  let timer = 0;
  let current = false;  // the last frame was drawn by runNow() and nothing asked for another since
  const firstFrame = [];

  const settledWaiters = [];

  // A MessageChannel task runs next, without setTimeout's 4 ms clamp on nested timers.
  let workPosted = false;
  let lastFrameAt = 0;
  let frameCost = 0;  // from the last frame's start until a task could run again
  const channel = work ? new MessageChannel() : null;
  const postWork = () => {
    if (workPosted) return;
    workPosted = true;
    channel.port2.postMessage(0);
  };
  if (channel) {
    channel.port1.onmessage = () => {
      workPosted = false;
      if (lastFrameAt && !frameCost) frameCost = performance.now() - lastFrameAt;
      if (work.step()) {
        postWork();
        const gap = Math.min(WORK_FRAME_MAX_MS, Math.max(WORK_FRAME_MIN_MS, WORK_FRAME_SHARE * frameCost));
        if (performance.now() - lastFrameAt >= gap) request();
      } else {
        request();  // the step that ended the work asked for a frame too; settled() waits for it
      }
    };
  }

  function tick(t) {
    rafPending = false;
    if (current) {
      // A frame drawn in an event handler since this one was asked for shows everything: drawing
      // it again would cost the page a frame for nothing.
      current = false;
    } else {
      lastFrameAt = performance.now();
      frameCost = 0;
      followUp(drawFrame(t));
    }
    while (firstFrame.length) firstFrame.shift()();
    if (work && work.pending()) postWork();
    if (!rafPending && !workPosted) while (settledWaiters.length) settledWaiters.shift()();
  }

  // What the frame asked for: 0 another at once, > 0 one after that many ms, < 0 none.
  function followUp(next) {
    if (next === 0) {
      request();
    } else if (next > 0) {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => { timer = 0; request(); }, next);
    }
  }

  function request() {
    current = false;
    if (timer) { clearTimeout(timer); timer = 0; }
    if (!rafPending) {
      rafPending = true;
      requestAnimationFrame(tick);
    }
  }

  // Draws frames now, inside the current event handler (iOS opens the keyboard only when focus()
  // runs in the touch handler itself, so a tap must reach ImGui before the handler returns).
  // A frame that started work between frames (Confirm on the import) ends it: what the tap did is
  // done, and every further frame here would only delay that work (under software rendering each
  // costs the page 30-80 ms). The work's own pacing asks for the next frame.
  function runNow(count) {
    let next = -1;
    for (let i = 0; i < count; i++) {
      current = true;  // an input or the app asking for a frame while it draws clears it
      next = drawFrame(performance.now());
      if (work && work.pending()) {
        lastFrameAt = performance.now();
        frameCost = 0;
        postWork();
        break;
      }
    }
    followUp(next);
  }

  const afterNextFrame = () => new Promise((resolve) => { firstFrame.push(resolve); request(); });

  // Resolves once the app has drawn every frame it asked for: no frame is due at the next
  // animation frame and no work between frames is under way (a timer for the caret blink or a
  // long press does not count). It first waits for one animation frame, so that what the browser
  // is still delivering (a resize) is in.
  const settled = () => new Promise((resolve) => {
    requestAnimationFrame(() => {
      if (rafPending || workPosted) settledWaiters.push(resolve);
      else resolve();
    });
  });
  return { request, runNow, afterNextFrame, settled };
}
