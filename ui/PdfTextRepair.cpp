#include "PdfTextRepair.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace hd {

namespace {

class Repair
{
public:
    Repair(const QString &drawnText, const QList<QRawFont> &fonts)
    {
        for (const QChar c : drawnText)
            m_drawn.insert(c.unicode());
        for (const QRawFont &font : fonts) {
            // Per font: glyph -> the first drawn character that uses it.
            QHash<quint32, char16_t> byGlyph;
            for (const char16_t c : std::as_const(m_drawn)) {
                const quint32 glyph = glyphOf(font, c);
                if (glyph != 0 && !byGlyph.contains(glyph))
                    byGlyph.insert(glyph, c);
            }
            m_fonts.append({font, byGlyph});
        }
    }

    // Rewrites the four hex digits of one "<XXXX>" destination at `at`, if needed.
    int destination(QByteArray *pdf, qsizetype at) const
    {
        bool ok = false;
        const auto code = char16_t(pdf->mid(at + 1, 4).toUShort(&ok, 16));
        if (!ok || m_drawn.contains(code))
            return 0;
        for (const auto &[font, byGlyph] : m_fonts) {
            const char16_t drawn = byGlyph.value(glyphOf(font, code), 0);
            if (drawn != 0) {
                pdf->replace(at + 1, 4, QByteArray::number(drawn, 16).toUpper().rightJustified(4, '0'));
                return 1;
            }
        }
        return 0;
    }

private:
    static quint32 glyphOf(const QRawFont &font, char16_t c)
    {
        const QChar character(c);
        quint32 glyph = 0;
        int count = 1;
        if (!font.glyphIndexesForChars(&character, 1, &glyph, &count) || count != 1)
            return 0;
        return glyph;
    }

    QSet<char16_t> m_drawn;
    QList<QPair<QRawFont, QHash<quint32, char16_t>>> m_fonts;
};

// One ToUnicode stream, [begin, end). Qt writes "bfrange" lines only:
//   <first> <last> <code>          one code (first == last), or the start of a run
//   <first> <last> [<code> ...]    one code per glyph
// A run is left alone: changing its start would shift every code after it.
int repairStream(QByteArray *pdf, qsizetype begin, qsizetype end, const Repair &repair)
{
    static const QRegularExpression line(QStringLiteral("^<([0-9A-F]{4})> <([0-9A-F]{4})> (.*)$"),
                                         QRegularExpression::MultilineOption);
    const QString text = QString::fromLatin1(pdf->mid(begin, end - begin)); // one char per byte
    int changed = 0;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype rest = begin + match.capturedStart(3);
        const QString destinations = match.captured(3);
        if (destinations.startsWith(QLatin1Char('['))) {
            for (qsizetype i = destinations.indexOf(QLatin1Char('<')); i >= 0; i = destinations.indexOf(QLatin1Char('<'), i + 1))
                changed += repair.destination(pdf, rest + i);
        } else if (match.captured(1) == match.captured(2)) {
            changed += repair.destination(pdf, rest);
        }
    }
    return changed;
}

} // namespace

int repairToUnicode(QByteArray *pdf, const QString &drawnText, const QList<QRawFont> &fonts)
{
    static const QRegularExpression reference(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    const Repair repair(drawnText, fonts);
    int changed = 0;
    const QString text = QString::fromLatin1(*pdf); // one char per byte: offsets carry over
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QByteArray object = "\n" + it.next().captured(1).toLatin1() + " 0 obj";
        const qsizetype objectAt = pdf->indexOf(object);
        const qsizetype streamAt = objectAt < 0 ? -1 : pdf->indexOf("stream\n", objectAt);
        const qsizetype endAt = streamAt < 0 ? -1 : pdf->indexOf("endstream", streamAt);
        if (endAt < 0 || pdf->mid(objectAt, streamAt - objectAt).contains("/Filter"))
            continue; // only a plain stream can be edited in place
        changed += repairStream(pdf, streamAt + 7, endAt, repair);
    }
    return changed;
}

} // namespace hd
