#include "PlainText.h"

namespace hd {

namespace {

bool isHidden(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString visible(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
        const bool kept = keepLineBreaks && (c == U'\n' || c == U'\t');
        if (isHidden(c) && !kept)
            out += QStringLiteral("⟨U+%1⟩").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            out += pair ? text.mid(i, 2) : QString(text[i]);
        if (pair)
            ++i;
    }
    return out;
}

} // namespace

QString withoutHiddenCharacters(const QString &text)
{
    return visible(text, true);
}

QString singleLine(const QString &text)
{
    return visible(text, false);
}

QString htmlLiteral(const QString &text)
{
    return singleLine(text).toHtmlEscaped();
}

QString toolTipLiteral(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(htmlLiteral(text));
}

} // namespace hd
