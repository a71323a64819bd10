#pragma once

#include <QFont>
#include <QString>

namespace hd {

// Switches the whole program to `language` ("en", "zh_CN"): translations, the default
// QLocale, and fonts that draw Chinese with Simplified Chinese glyph forms. Every widget
// then receives QEvent::LanguageChange. False for a language we do not ship.
bool applyLanguage(const QString &language);

// `base` with the CJK fonts for the current language behind it, for documents (the PDF)
// that do not inherit the application font.
QFont fontForCurrentLanguage(const QFont &base);

} // namespace hd
