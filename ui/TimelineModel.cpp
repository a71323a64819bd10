#include "TimelineModel.h"

#include "Appearance.h"
#include "PlainText.h"
#include "ResultText.h"
#include "StepDescriber.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace hd {

namespace {

// Children carry this internal id; top-level rows carry 0. There is only one handshake
// row, so its children need not say which row they belong to, and stay valid when rows
// are inserted above it.
constexpr quintptr kHandshakeChild = 1;

bool isHandshakeMessage(const TimelineStep &step)
{
    return step.kind == TimelineStep::Kind::TlsMessage || step.kind == TimelineStep::Kind::TlsAlert;
}

bool isHandshakeSummary(const TimelineStep &step)
{
    return step.kind == TimelineStep::Kind::TlsEstablished || step.kind == TimelineStep::Kind::TlsFailed;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractItemModel(parent) {}

void TimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_handshakeRow = -1;
    endResetModel();
}

void TimelineModel::setSteps(const QList<TimelineStep> &steps)
{
    beginResetModel();
    m_rows.clear();
    m_handshakeRow = -1;
    for (const TimelineStep &step : steps)
        place(step, false);
    endResetModel();
}

bool isExtraCheckStep(const TimelineStep &step)
{
    static const QStringList names{QStringLiteral("protocol-versions"), QStringLiteral("cipher-suites"),
                                   QStringLiteral("key-exchange")};
    return step.kind == TimelineStep::Kind::Probe && names.contains(step.name);
}

void TimelineModel::addStep(const TimelineStep &step)
{
    place(step, true);
}

int TimelineModel::insertTopLevel(Row row, bool notify)
{
    int position = int(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].sortMs > row.sortMs) {
            position = i;
            break;
        }
    }
    if (notify)
        beginInsertRows({}, position, position);
    m_rows.insert(position, std::move(row));
    if (m_handshakeRow >= position)
        ++m_handshakeRow;
    if (notify)
        endInsertRows();
    return position;
}

void TimelineModel::place(const TimelineStep &step, bool notify)
{
    if (isExtraCheckStep(step))
        return;
    if (isHandshakeMessage(step) || isHandshakeSummary(step)) {
        if (m_handshakeRow < 0) {
            Row row;
            row.sortMs = step.startMs;
            if (isHandshakeSummary(step))
                row.step = step;
            else
                row.children << step;
            m_handshakeRow = insertTopLevel(std::move(row), notify);
            return;
        }
        Row &row = m_rows[m_handshakeRow];
        if (isHandshakeSummary(step)) {
            row.step = step;
            if (notify)
                emit dataChanged(index(m_handshakeRow, 0), index(m_handshakeRow, ColumnCount - 1));
            return;
        }
        const int childRow = int(row.children.size());
        const QModelIndex parent = notify ? index(m_handshakeRow, 0) : QModelIndex();
        if (notify)
            beginInsertRows(parent, childRow, childRow);
        row.children << step;
        if (notify)
            endInsertRows();
        return;
    }
    Row row;
    row.step = step;
    row.sortMs = step.startMs;
    insertTopLevel(std::move(row), notify);
}

const TimelineStep *TimelineModel::step(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == kHandshakeChild) {
        if (m_handshakeRow < 0)
            return nullptr;
        const QList<TimelineStep> &children = m_rows[m_handshakeRow].children;
        return index.row() < children.size() ? &children[index.row()] : nullptr;
    }
    if (index.row() >= m_rows.size() || !m_rows[index.row()].step)
        return nullptr;
    return &*m_rows[index.row()].step;
}

QModelIndex TimelineModel::indexOf(const TimelineStep &step) const
{
    const auto same = [&step](const TimelineStep &other) {
        return other.kind == step.kind && other.name == step.name && other.direction == step.direction
               && other.startMs == step.startMs;
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].step && same(*m_rows[i].step))
            return index(i, 0);
        for (int child = 0; child < m_rows[i].children.size(); ++child) {
            if (same(m_rows[i].children[child]))
                return index(child, 0, index(i, 0));
        }
    }
    return {};
}

QModelIndex TimelineModel::failingIndex() const
{
    if (m_handshakeRow >= 0) {
        const QList<TimelineStep> &children = m_rows[m_handshakeRow].children;
        for (int i = 0; i < children.size(); ++i) {
            if (children[i].kind == TimelineStep::Kind::TlsAlert && children[i].status == TimelineStep::Status::Failed)
                return index(i, 0, index(m_handshakeRow, 0));
        }
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].step && m_rows[i].step->status == TimelineStep::Status::Failed)
            return index(i, 0);
    }
    return {};
}

void TimelineModel::retranslate()
{
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        if (m_handshakeRow >= 0 && !m_rows[m_handshakeRow].children.isEmpty()) {
            const QModelIndex parent = index(m_handshakeRow, 0);
            emit dataChanged(index(0, 0, parent), index(int(m_rows[m_handshakeRow].children.size()) - 1, ColumnCount - 1, parent));
        }
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() == 0 && parent.row() == m_handshakeRow && parent.column() == 0
        && row < m_rows[m_handshakeRow].children.size())
        return createIndex(row, column, kHandshakeChild);
    return {};
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() != kHandshakeChild || m_handshakeRow < 0)
        return {};
    return createIndex(m_handshakeRow, 0, quintptr(0));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() == m_handshakeRow)
        return int(m_rows[m_handshakeRow].children.size());
    return 0;
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const bool isChild = index.internalId() == kHandshakeChild;
    return rowData(step(index), isChild, index.column(), role);
}

QVariant TimelineModel::rowData(const TimelineStep *step, bool isChild, int column, int role) const
{
    if (!step) { // the handshake, still under way
        switch (role) {
        case Qt::DisplayRole:
            if (column == StepColumn)
                return tr("TLS handshake");
            if (column == StatusColumn)
                return tr("In progress");
            return {};
        case Qt::DecorationRole:
            return column == StepColumn ? QVariant(toneIcon(Tone::Pending)) : QVariant();
        case KindRole:
        case StatusRole:
            return -1;
        default:
            return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole: {
        switch (column) {
        case StepColumn: {
            const QString title = StepDescriber::describe(*step).title;
            const QString arrow = StepDescriber::directionArrow(step->direction);
            return isChild && !arrow.isEmpty() ? QStringLiteral("%1 %2").arg(arrow, title) : title;
        }
        case StatusColumn: return StepDescriber::statusLabel(step->status);
        case StartColumn: return ResultText::offset(step->startMs);
        case DurationColumn: return ResultText::milliseconds(step->durationMs);
        case DetailColumn: return StepDescriber::describe(*step).detail;
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (column == StepColumn && step->direction == TimelineStep::Direction::Sent)
            return tr("Sent by this computer");
        if (column == StepColumn && step->direction == TimelineStep::Direction::Received)
            return tr("Received from the server");
        if (column == DetailColumn)
            return toolTipLiteral(StepDescriber::describe(*step).detail);
        return {};
    case Qt::DecorationRole:
        return column == StepColumn ? QVariant(toneIcon(toneOf(step->status))) : QVariant();
    case Qt::BackgroundRole:
        if (step->status == TimelineStep::Status::Failed || step->status == TimelineStep::Status::Warning)
            return toneBackground(QGuiApplication::palette(), toneOf(step->status));
        return {};
    case Qt::FontRole:
        if (step->status == TimelineStep::Status::Failed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == StartColumn || column == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole: return int(step->kind);
    case NameRole: return step->name;
    case StatusRole: return int(step->status);
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn: return tr("Step");
    case StatusColumn: return tr("Status");
    case StartColumn: return tr("Start");
    case DurationColumn: return tr("Duration");
    case DetailColumn: return tr("Details");
    }
    return {};
}

} // namespace hd
