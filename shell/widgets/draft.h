#pragma once
// A form's own copy of a document value, edited before it is applied (the RFM scoring and rule
// forms). The document can change underneath — undo, redo, an import, another tab's save that
// this tab follows — and the form must then show the document's value: follow() takes it when it
// differs from the value the draft was taken from, unless the person is editing that field (their
// edit wins, and is applied or dropped as any other).
namespace fieldbook::shell {

template <class T>
struct Draft {
  T value{};  // what the form shows and edits
  T taken{};  // the document's value when the draft was taken

  void reset(const T& doc) { value = taken = doc; }
  // Returns true when the draft took the document's value.
  bool follow(const T& doc, bool editing) {
    if (doc == taken) return false;
    taken = doc;
    if (editing) return false;
    value = doc;
    return true;
  }
};

// Whether the widget `id` (in the current ID stack) has been held or typed in since an earlier
// frame: call it before drawing the widget.
bool editing(const char* id);

}  // namespace fieldbook::shell
