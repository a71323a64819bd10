#pragma once

#include "Finding.h"
#include "ReportText.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace hd {

// One cause with its fix: title, plain explanation, evidence, who fixes it, and numbered
// steps. All text is plain (Qt::PlainText): evidence quotes certificate fields. Clicking
// it (or Enter on it) asks to show where it happened; the current card is outlined.
class FindingCard : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString findingId READ findingId CONSTANT)
public:
    explicit FindingCard(const Finding &finding, QWidget *parent = nullptr);

    QString findingId() const { return m_finding.id; }
    const Finding &finding() const { return m_finding; }
    bool isCurrent() const { return m_current; }
    void setCurrent(bool current);

signals:
    void activated(const QString &findingId);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    static void clearGrid(QGridLayout *grid);
    static int addItems(QGridLayout *grid, int row, const QStringList &items, bool numbered); // returns the next row
    void fillFixSteps(const QList<ReportText::ActionGroup> &groups);

    Finding m_finding;
    bool m_current = false;
    QWidget *m_icon; // where paintEvent() draws the icon, at the screen's pixel ratio
    QLabel *m_title;
    QLabel *m_severity;
    QLabel *m_who;
    QLabel *m_explanation;
    QLabel *m_evidenceHeading;
    QGridLayout *m_evidence;
    QLabel *m_fixHeading;
    QGridLayout *m_fixSteps;
};

} // namespace hd
