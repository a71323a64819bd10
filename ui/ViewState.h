#pragma once

#include <QByteArray>

class QHeaderView;
class QSplitter;

namespace hd {

// A panel's remembered layout (splitter sizes and column widths) as one QSettings value.
// A layout saved by another version is ignored rather than misapplied.
QByteArray saveViewState(const QSplitter *splitter, const QHeaderView *header);
void restoreViewState(const QByteArray &state, QSplitter *splitter, QHeaderView *header);

} // namespace hd
