#pragma once

#include "TimelineStep.h"

#include <QPalette>
#include <QWidget>

namespace hd {

// The handshake as a ladder (sequence) diagram: a lane for this computer and one for the
// server, plus the name server, the proxy and the certificate authority's server when they
// took part; one arrow per message with its plain title, local steps (certificate check) as
// boxes on this computer's lane, the time on the left. Drawn live as steps arrive; the
// failing step is red and selected at the end of a run. Sits in a QScrollArea. The same
// drawing goes into the PDF report (paintRows()).
class LadderView : public QWidget
{
    Q_OBJECT
public:
    explicit LadderView(QWidget *parent = nullptr);

    void clear();
    void addStep(const TimelineStep &step);
    void setSteps(const QList<TimelineStep> &steps); // selects and shows the failing step
    int stepCount() const { return int(m_steps.size()); }
    const TimelineStep *step(int row) const;
    int selectedRow() const { return m_selected; }
    void selectRow(int row);          // and scrolls it into view
    // Marks the steps a card is tied to (indexes into DiagnosisResult::timeline) and
    // selects the first of them.
    void highlightSteps(const QList<int> &timelineIndexes);
    QList<int> highlightedRows() const { return m_highlighted; }
    int failingRow() const;           // a fatal alert, else the first failed step; -1 for none
    int rowOfTimelineIndex(int index) const; // a step of DiagnosisResult::timeline; -1 when not drawn
    int timelineIndexOf(int row) const;
    QRect rowRect(int row) const;

    QSize sizeHint() const override;

    // The drawing itself, for the window and for paper: the lanes' names, then rows
    // [first, first + count) of `steps` (as drawnSteps() gives them), `width` wide. Lanes
    // come from all of `steps`, so every part of a diagram split over pages has the same.
    struct Style
    {
        QPalette palette;
        QFont font;
        int selected = -1;
        bool focused = false;
        QList<int> highlighted; // rows a chosen card is tied to
    };
    static void paintRows(QPainter *painter, const QList<TimelineStep> &steps, int width, int first, int count,
                          const Style &style);
    static int heightFor(int rows);
    static QString paintedText(const QList<TimelineStep> &steps); // every word paintRows() may draw
    static QString label(const TimelineStep &step); // the words on a step's arrow or box
    static QStringList laneNames(const QList<TimelineStep> &steps); // left to right
    static QList<TimelineStep> drawnSteps(const QList<TimelineStep> &timeline); // without the extra checks' steps

signals:
    void stepActivated(int timelineIndex); // clicked or chosen by keyboard

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Lane { Dns, Client, Proxy, Server, Authority };
    struct Arrow
    {
        Lane from = Lane::Client;
        Lane to = Lane::Client; // from == to: a step on one lane (drawn as a box)
    };
    static Arrow arrowOf(const TimelineStep &step);
    static QList<Lane> lanes(const QList<TimelineStep> &steps);
    static int laneX(const QList<Lane> &shown, Lane lane, int width, int timeColumn);
    static QString laneName(Lane lane);
    void updateAccessibleText();
    void scrollToSelected();

    QList<TimelineStep> m_steps;
    QList<int> m_timelineIndexes; // each drawn step's index in the result's timeline
    int m_nextIndex = 0;          // of the next step that arrives
    int m_selected = -1;
    QList<int> m_highlighted; // rows, in order
};

} // namespace hd
