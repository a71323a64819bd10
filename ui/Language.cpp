#include "Language.h"

#include "Translations.h"

#include <QApplication>
#include <QFontInfo>

namespace hd {

namespace {

// Han characters look different in Chinese and Japanese fonts; without a preference the
// font fallback may pick a Japanese face. These are the usual Simplified Chinese faces
// on Linux, Windows and macOS; missing ones are skipped.
QStringList simplifiedChineseFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")};
}

// The application font as the platform gave it, and the real family behind it: a generic
// name like "Sans Serif" is not a family, and a families list starting with one would
// leave even Latin text to the CJK font.
const QFont &originalApplicationFont()
{
    static const QFont font = [] {
        QFont original = QApplication::font();
        original.setFamilies({QFontInfo(original).family()});
        return original;
    }();
    return font;
}

} // namespace

QFont fontForCurrentLanguage(const QFont &base)
{
    QFont font = base;
    if (Translations::current() == QLatin1String("zh_CN"))
        font.setFamilies(QStringList{QFontInfo(base).family()} + simplifiedChineseFamilies());
    return font;
}

bool applyLanguage(const QString &language)
{
    const QFont original = originalApplicationFont();
    if (!Translations::install(language))
        return false;
    QApplication::setFont(fontForCurrentLanguage(original));
    return true;
}

} // namespace hd
