#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace hd {

// Installs the program's and Qt's own translations for one language, replacing the
// previous ones, so a window can switch language at run time.
class Translations
{
public:
    static QStringList available();                 // "en", "zh_CN"
    static QString systemDefault();                  // best match for the OS's UI languages
    static bool install(const QString &language);    // false for an unknown language
    static QString current();
};

} // namespace hd
