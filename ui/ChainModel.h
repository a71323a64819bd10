#pragma once

#include "CertificateStatus.h"

#include <QAbstractItemModel>

namespace hd {

// The certificate chain as a tree: the root at the top, each certificate the child of the
// one that issued it, down to the site's certificate. Certificates the server sent that
// are not part of the chain follow as further top-level rows.
class ChainModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ValidityColumn, SourceColumn, ColumnCount };
    enum Role {
        FingerprintRole = Qt::UserRole + 1, // SHA-256, empty for a missing issuer
        ProblemsRole,                       // int(CertificateProblems)
    };

    explicit ChainModel(QObject *parent = nullptr);

    void setResult(const DiagnosisResult &result);
    void clear();
    void retranslate();
    const DisplayedCertificate *entry(const QModelIndex &index) const;
    QModelIndex firstProblemIndex() const;
    QModelIndex leafIndex() const; // the bottom of the chain

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        DisplayedCertificate entry;
        int parent = -1;      // node index, -1 at top level
        int row = 0;          // among its siblings
        QList<int> children;  // node indexes
    };

    QModelIndex indexOfNode(int node, int column = 0) const;

    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QDateTime m_at;
};

} // namespace hd
