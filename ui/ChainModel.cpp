#include "ChainModel.h"

#include "Appearance.h"
#include "PlainText.h"
#include "ReportText.h"
#include "ResultText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace hd {

ChainModel::ChainModel(QObject *parent) : QAbstractItemModel(parent) {}

void ChainModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    endResetModel();
}

void ChainModel::setResult(const DiagnosisResult &result)
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    m_at = result.startedAt;
    int previousInChain = -1;
    for (const DisplayedCertificate &entry : CertificateStatus::displayedChain(result)) {
        Node node;
        node.entry = entry;
        const int self = int(m_nodes.size());
        const bool extra = entry.problems.testFlag(CertificateProblem::Unused);
        if (extra || previousInChain < 0) {
            node.row = int(m_topLevel.size());
            m_topLevel << self;
        } else {
            node.parent = previousInChain;
            node.row = int(m_nodes[previousInChain].children.size());
            m_nodes[previousInChain].children << self;
        }
        if (!extra)
            previousInChain = self;
        m_nodes << node;
    }
    endResetModel();
}

void ChainModel::retranslate()
{
    for (int i = 0; i < m_nodes.size(); ++i)
        emit dataChanged(indexOfNode(i, 0), indexOfNode(i, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const DisplayedCertificate *ChainModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    return &m_nodes[int(index.internalId())].entry;
}

QModelIndex ChainModel::firstProblemIndex() const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].entry.isProblem())
            return indexOfNode(i);
    }
    return {};
}

QModelIndex ChainModel::leafIndex() const
{
    int leaf = -1;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (!m_nodes[i].entry.problems.testFlag(CertificateProblem::Unused))
            leaf = i;
    }
    return leaf < 0 ? QModelIndex() : indexOfNode(leaf);
}

QModelIndex ChainModel::indexOfNode(int node, int column) const
{
    return createIndex(m_nodes[node].row, column, quintptr(node));
}

QModelIndex ChainModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_topLevel.size() ? indexOfNode(m_topLevel[row], column) : QModelIndex();
    if (parent.model() != this || parent.column() != 0)
        return {};
    const QList<int> &children = m_nodes[int(parent.internalId())].children;
    return row < children.size() ? indexOfNode(children[row], column) : QModelIndex();
}

QModelIndex ChainModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[int(child.internalId())].parent;
    return parentNode < 0 ? QModelIndex() : indexOfNode(parentNode);
}

int ChainModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int ChainModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChainModel::data(const QModelIndex &index, int role) const
{
    const DisplayedCertificate *e = entry(index);
    if (!e)
        return {};
    const bool missing = e->kind == DisplayedCertificate::Kind::MissingIssuer;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return singleLine(e->name());
        case StatusColumn: return CertificateStatus::label(*e);
        case ValidityColumn: return missing ? QString() : CertificateStatus::validityRemark(e->cert, m_at);
        case SourceColumn: return missing ? QString() : CertificateStatus::originLabel(e->cert.origin);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValidityColumn && !missing)
            return tr("Valid from %1 to %2")
                .arg(ReportText::date(e->cert.notBefore),
                     ReportText::date(e->cert.notAfter));
        if (index.column() == NameColumn)
            return toolTipLiteral(missing ? e->name() : e->cert.subject);
        if (index.column() == StatusColumn)
            return toolTipLiteral(CertificateStatus::label(*e));
        return {};
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(toneIcon(e->tone())) : QVariant();
    case Qt::BackgroundRole:
        return e->isProblem() ? QVariant(toneBackground(QGuiApplication::palette(), e->tone())) : QVariant();
    case Qt::FontRole:
        if (e->isProblem() && index.column() == StatusColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case FingerprintRole: return e->cert.sha256Fingerprint;
    case ProblemsRole: return int(e->problems);
    default: return {};
    }
}

QVariant ChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Certificate");
    case StatusColumn: return tr("Status");
    case ValidityColumn: return tr("Validity");
    case SourceColumn: return tr("Source");
    }
    return {};
}

} // namespace hd
