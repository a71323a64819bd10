#pragma once

#include "TimelineStep.h"

#include <QWidget>

class QSplitter;
class QTextBrowser;
class QTreeView;

namespace hd {

class TimelineModel;

// The handshake timeline above, the selected step's details below.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void clear();
    void addStep(const TimelineStep &step);
    void setSteps(const QList<TimelineStep> &steps); // and selects the failing step, if any
    void selectStep(const TimelineStep &step);       // and scrolls it into view

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetails();

    TimelineModel *m_model;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QSplitter *m_splitter;
};

} // namespace hd
