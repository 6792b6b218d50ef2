#pragma once

#include <QString>

// Text that must read left to right inside a translated sentence, whatever the sentence's
// direction: phone numbers ("+44 7123 456001", "+44 •••• ••6001"), codes, calling codes ("+44"),
// host names, paths. Without it, the Unicode bidirectional algorithm tears such a run apart inside
// Arabic text ("456001 7123 44+"): the '+' and the spaces between digit groups take the
// sentence's right-to-left direction.
//
// The one helper for the window, the kiosk and the command line (issue 22).
namespace Bidi {

inline constexpr char16_t LeftToRightIsolate = u'\u2066';
inline constexpr char16_t PopDirectionalIsolate = u'\u2069';

// LEFT-TO-RIGHT ISOLATE + text + POP DIRECTIONAL ISOLATE (U+2066 … U+2069): the run keeps its own
// order and does not reorder the text around it. Empty text stays empty; text that is isolated
// already is returned as it is.
QString ltr(const QString &text);

// A phone number, a code or a calling code inside a sentence: ltr(), with its spaces made
// no-break spaces, so that a wrapped line never breaks inside it ("+44 ••••" / "••6001.").
QString number(const QString &text);

// The text as a left-to-right terminal or a script wants it: the isolates removed, and the
// no-break spaces number() put inside them plain spaces again.
QString plain(const QString &text);

} // namespace Bidi
