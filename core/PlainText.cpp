#include "PlainText.h"

namespace hd {

QString withoutHiddenCharacters(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        const bool hidden = (category == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                            || category == QChar::Other_Format;
        clean += hidden ? QChar(QChar::ReplacementCharacter) : c;
    }
    return clean;
}

} // namespace hd
