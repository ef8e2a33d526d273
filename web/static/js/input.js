// Input from the page to ImGui: pointer events (mouse, touch, pen), the wheel, the keyboard, and
// the text-input bridge — a hidden <textarea> that holds focus while ImGui wants text, so that
// on-screen keyboards, input methods (Chinese IME) and paste work in every text field.
const MOD_CTRL = 1, MOD_SHIFT = 2, MOD_ALT = 4, MOD_META = 8;

function mods(e) {
  return (e.ctrlKey ? MOD_CTRL : 0) | (e.shiftKey ? MOD_SHIFT : 0) | (e.altKey ? MOD_ALT : 0) | (e.metaKey ? MOD_META : 0);
}

// Keys the text field must not act on by itself (ImGui handles them).
const KEYS_FOR_IMGUI = new Set(['Enter', 'NumpadEnter', 'Tab', 'Escape', 'Backspace', 'Delete', 'ArrowLeft',
  'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export function attachInput({ canvas, textarea, app, scheduler }) {
  let textWanted = false;
  let clipboard = '';

  // ---- pointer ---------------------------------------------------------------------------
  const pos = (e) => {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const isTouch = (e) => e.pointerType === 'touch' || e.pointerType === 'pen';
  const button = (e) => (e.button === 2 ? 1 : e.button === 1 ? 2 : 0);
  // Touch and pen go through the gesture logic (tap, scroll with inertia, long press, pinch);
  // the mouse goes straight to ImGui.
  const send = (kind, e) => {
    const [x, y] = pos(e);
    if (isTouch(e)) app.touch(kind, e.pointerId, x, y, e.timeStamp);
    else app.mouse(kind, x, y, button(e));
  };

  // Draws frames now until ImGui has taken every queued event (a few at most).
  const catchUp = () => {
    for (let i = 0; i < 4; i++) {
      scheduler.runNow(1);
      if (!app.inputPending()) break;
    }
  };

  canvas.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    canvas.setPointerCapture?.(e.pointerId);
    if (isTouch(e)) {
      send(1, e);
      // ImGui takes a touch in two frames on purpose: what is under the finger (a hover frame),
      // then the press. Both happen here, before the handler returns, so a slider grabbed and
      // moved at once follows the finger instead of the page scrolling, whatever the timing of
      // the moves that follow.
      catchUp();
    } else {
      // A press where the app has not drawn the pointer yet (a fast click, a remote pointer):
      // draw that frame first, so the press meets widgets that saw the pointer over them. Rows
      // that allow overlap take a click only after such a hover frame.
      const [x, y] = pos(e);
      if (!app.pointerSeenAt(x, y)) {
        app.mouse(0, x, y, 0);
        scheduler.runNow(1);
      }
      send(1, e);
    }
  });
  canvas.addEventListener('pointermove', (e) => {
    // Coalesced moves matter for a smooth drag; the last one is enough for ImGui.
    send(0, e);
  });
  canvas.addEventListener('pointerup', (e) => {
    send(2, e);
    // Let ImGui see the release now, so a tap on a text field focuses the textarea while the
    // browser still counts this as a user gesture (iOS opens the keyboard only then), and a
    // tap on Export or Import can open the share sheet or the file picker.
    scheduler.runNow(3);
    syncFocus();
  });
  canvas.addEventListener('pointercancel', (e) => send(3, e));
  canvas.addEventListener('pointerleave', (e) => {
    if (!isTouch(e)) app.mouse(3, 0, 0, 0);
  });
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('wheel', (e) => {
    e.preventDefault();
    // DOM: pixels (or lines) down = positive; ImGui: one unit ≈ one notch, up = positive.
    const unit = e.deltaMode === 1 ? 3 : e.deltaMode === 2 ? 30 : 100;
    app.wheel(-e.deltaX / unit, -e.deltaY / unit);
  }, { passive: false });

  // ---- keyboard --------------------------------------------------------------------------
  function onKey(e, down) {
    if (e.isComposing || e.keyCode === 229) return;  // the input method owns the key
    const inField = document.activeElement === textarea;
    const ctrl = e.ctrlKey || e.metaKey;
    // Paste arrives as a 'paste' event; ImGui's own Ctrl+V would paste its internal clipboard.
    if (ctrl && e.code === 'KeyV') return;
    app.key(e.code, down ? 1 : 0, mods(e));
    if (down && ctrl && (e.code === 'KeyC' || e.code === 'KeyX')) scheduler.runNow(2);  // fills `clipboard`
    if (inField) {
      if (KEYS_FOR_IMGUI.has(e.key) || (ctrl && /^Key[AZY]$/.test(e.code))) e.preventDefault();
    } else {
      if (down && !ctrl && !e.altKey && e.key.length >= 1 && [...e.key].length === 1) app.text(e.key);
      if (KEYS_FOR_IMGUI.has(e.key) || e.key === ' ' || ctrl) e.preventDefault();
    }
  }
  window.addEventListener('keydown', (e) => onKey(e, true));
  window.addEventListener('keyup', (e) => onKey(e, false));

  // ---- text ------------------------------------------------------------------------------
  let composing = false;
  textarea.addEventListener('compositionstart', () => { composing = true; });
  textarea.addEventListener('compositionend', (e) => {
    composing = false;
    commit(e.data ?? textarea.value);
  });
  textarea.addEventListener('input', (e) => {
    if (composing || e.isComposing) return;
    commit(textarea.value);
  });
  function commit(text) {
    textarea.value = '';
    if (text) app.text(text.replace(/\r\n?/g, '\n'));
  }
  document.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain');
    if (text) {
      e.preventDefault();
      app.text(text);
    }
  });
  const onCopy = (e) => {
    if (!textWanted || !clipboard) return;
    e.clipboardData?.setData('text/plain', clipboard);
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCopy);
  window.addEventListener('blur', () => app.focus(0));
  window.addEventListener('focus', () => app.focus(1));

  function syncFocus() {
    if (textWanted && document.activeElement !== textarea) textarea.focus({ preventScroll: true });
    if (!textWanted && document.activeElement === textarea) textarea.blur();
  }

  return {
    // From ImGui (Platform_SetImeDataFn): text wanted or not, caret position in CSS px.
    textInput(active, x, y, h) {
      textWanted = active;
      if (active) {
        // The input method's candidate window opens at the textarea, so keep it at the caret.
        textarea.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        textarea.style.height = `${Math.max(12, Math.round(h))}px`;
      }
      syncFocus();
    },
    setClipboard(text) {
      clipboard = text;
      navigator.clipboard?.writeText(text).catch(() => {});
    },
  };
}
