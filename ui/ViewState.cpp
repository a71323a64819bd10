#include "ViewState.h"

#include <QDataStream>
#include <QIODevice>
#include <QHeaderView>
#include <QSplitter>

namespace hd {

namespace {
constexpr quint32 kStateVersion = 1;
}

QByteArray saveViewState(const QSplitter *splitter, const QHeaderView *header)
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << kStateVersion << splitter->saveState() << header->saveState();
    return state;
}

void restoreViewState(const QByteArray &state, QSplitter *splitter, QHeaderView *header)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray splitterState;
    QByteArray headerState;
    stream >> version >> splitterState >> headerState;
    if (stream.status() != QDataStream::Ok || version != kStateVersion)
        return;
    splitter->restoreState(splitterState);
    header->restoreState(headerState);
}

} // namespace hd
