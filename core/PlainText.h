#pragma once

#include <QString>

namespace hd {

// Server-supplied text (certificate fields, banners) made safe to print or copy: control
// and invisible formatting characters (terminal escapes, bidi overrides) become U+FFFD.
// Line breaks and tabs stay.
QString withoutHiddenCharacters(const QString &text);

} // namespace hd
