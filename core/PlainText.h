#pragma once

#include <QString>

namespace hd {

// Server-supplied text (certificate fields, banners, URLs) made safe to print, copy or show.
// A character that would hide or rearrange text is shown by its code, as ⟨U+202E⟩: control
// characters (terminal escapes), format characters of Unicode category Cf (bidi overrides,
// zero-width characters) and the line and paragraph separators.

// For a whole plain-text output: line breaks and tabs stay.
QString withoutHiddenCharacters(const QString &text);

// For one server field inside a line: line breaks are shown by their code too, so a field
// can never start a line of its own ("FAKE LINE: trusted").
QString singleLine(const QString &text);

// singleLine() escaped for rich text (tooltips, HTML documents): shows literally.
QString htmlLiteral(const QString &text);

// For Qt's tooltips, which guess from the content whether it is rich text: always rich
// text, always shown literally.
QString toolTipLiteral(const QString &text);

} // namespace hd
