#pragma once

#include "TimelineStep.h"

#include <QAbstractItemModel>
#include <QList>

#include <optional>

namespace hd {

// The protocol-versions, cipher-suites and key-exchange probes: summarized in a panel of
// their own (ExtraChecksPanel), not as timeline rows.
bool isExtraCheckStep(const TimelineStep &step);

// The handshake timeline as a tree: DNS, TCP, the TLS handshake with its messages and
// alerts as children, certificate check, issuer downloads, HTTP. Top-level steps are in
// order of their start; messages in the order they happened. Steps may arrive live, one
// at a time: the handshake row exists (as "in progress") from its first message on.
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, StatusColumn, StartColumn, DurationColumn, DetailColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(TimelineStep::Kind), -1 for a handshake still running
        NameRole,                    // protocol name ("ClientHello", "unrecognized_name")
        StatusRole,                  // int(TimelineStep::Status), -1 while running
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void clear();
    void addStep(const TimelineStep &step);
    void setSteps(const QList<TimelineStep> &steps);
    const TimelineStep *step(const QModelIndex &index) const; // nullptr for a handshake still running
    // The step that explains the failure best: a fatal alert, else the first failed step.
    QModelIndex failingIndex() const;
    QModelIndex indexOf(const TimelineStep &step) const; // the row showing `step`; invalid when not shown
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        std::optional<TimelineStep> step; // empty: a handshake whose summary has not come yet
        QList<TimelineStep> children;     // handshake messages and alerts
        double sortMs = 0;
    };

    // Files a step as a top-level row, a handshake child, or the handshake's summary.
    void place(const TimelineStep &step, bool notify);
    int insertTopLevel(Row row, bool notify);
    QVariant rowData(const TimelineStep *step, bool isChild, int column, int role) const;

    QList<Row> m_rows;
    int m_handshakeRow = -1;
};

} // namespace hd
