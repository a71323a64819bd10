#pragma once

#include <QByteArray>
#include <QList>
#include <QRawFont>
#include <QString>

namespace hd {

// Makes the text of a PDF written by Qt copy, search and extract as what was drawn.
//
// Qt 6.4 writes an embedded font's ToUnicode map by asking, for every glyph, which code
// point is the first to map to it (QFontSubset::getReverseMap). Chinese fonts give one
// glyph to several code points, for example a radical and the everyday character
// (⻚ U+2EDA and 页 U+9875, ⽹ U+2F79 and 网 U+7F51). The lower code point wins, so
// "第 1 页" copied from the report became "第 1 ⻚".
//
// Every code point in a correct ToUnicode map is one that was drawn. So each one that was
// not drawn is replaced by the drawn character that has the same glyph in one of `fonts`.
// Only uncompressed ToUnicode streams (Qt writes them so) are edited, in place and at
// equal length, so all offsets and the cross-reference table stay valid. Returns the
// number of entries changed.
int repairToUnicode(QByteArray *pdf, const QString &drawnText, const QList<QRawFont> &fonts);

} // namespace hd
