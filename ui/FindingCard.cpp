#include "FindingCard.h"

#include "Appearance.h"
#include "CauseCatalogue.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace hd {

namespace {

constexpr int kStripeWidth = 5;
constexpr int kIconSize = 22;

} // namespace

FindingCard::FindingCard(const Finding &finding, QWidget *parent) : QFrame(parent), m_finding(finding)
{
    setObjectName(QStringLiteral("findingCard"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setFocusPolicy(Qt::TabFocus);
    setCursor(Qt::PointingHandCursor);

    m_icon = new QWidget(this);
    m_icon->setObjectName(QStringLiteral("cardStatusIcon"));
    m_icon->setFixedSize(kIconSize, kIconSize);
    m_title = plainLabel(this, "cardTitleLabel");
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_severity = plainLabel(this, "cardSeverityLabel");
    m_severity->setWordWrap(false);
    m_who = plainLabel(this, "cardFixedByLabel");
    m_explanation = plainLabel(this, "cardExplanationLabel");
    m_evidenceHeading = headingLabel(this, "cardEvidenceHeadingLabel");
    m_fixHeading = headingLabel(this, "cardFixHeadingLabel");
    m_evidence = new QGridLayout;
    m_fixSteps = new QGridLayout;
    for (QGridLayout *grid : {m_evidence, m_fixSteps}) {
        grid->setColumnStretch(1, 1);
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(3);
    }

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    header->addWidget(m_severity, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kStripeWidth + 10, 10, 10, 12);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_who);
    layout->addWidget(m_explanation);
    layout->addSpacing(2);
    layout->addWidget(m_evidenceHeading);
    layout->addLayout(m_evidence);
    layout->addSpacing(2);
    layout->addWidget(m_fixHeading);
    layout->addLayout(m_fixSteps);
    render();
}

void FindingCard::setCurrent(bool current)
{
    m_current = current;
    update();
}

void FindingCard::mouseReleaseEvent(QMouseEvent *event)
{
    emit activated(m_finding.id);
    QFrame::mouseReleaseEvent(event);
}

void FindingCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_finding.id);
        return;
    }
    QFrame::keyPressEvent(event);
}

// The labels take the mouse for selecting text: a click that selected nothing is a click
// on the card.
bool FindingCard::eventFilter(QObject *watched, QEvent *event)
{
    auto *label = qobject_cast<QLabel *>(watched);
    if (label && event->type() == QEvent::MouseButtonRelease && !label->hasSelectedText())
        emit activated(m_finding.id);
    return QFrame::eventFilter(watched, event);
}

void FindingCard::clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

int FindingCard::addItems(QGridLayout *grid, int row, const QStringList &items, bool numbered)
{
    QWidget *owner = grid->parentWidget();
    for (int i = 0; i < items.size(); ++i, ++row) {
        QLabel *marker = plainLabel(owner);
        marker->setWordWrap(false);
        marker->setText(numbered ? QLocale().toString(i + 1) + QLatin1Char('.') : QStringLiteral("•"));
        marker->setAlignment(Qt::AlignRight | Qt::AlignTop);
        QLabel *text = plainLabel(owner, numbered ? "cardFixStepLabel" : "cardEvidenceLabel");
        text->setText(items[i]);
        grid->addWidget(marker, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
    }
    return row;
}

// The first group's heading is the card's fix heading; later groups head their own rows.
void FindingCard::fillFixSteps(const QList<ReportText::ActionGroup> &groups)
{
    clearGrid(m_fixSteps);
    m_fixHeading->setText(groups.isEmpty() ? QString() : groups.first().heading);
    m_fixHeading->setVisible(!groups.isEmpty());
    int row = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (g > 0) {
            QLabel *label = headingLabel(m_fixSteps->parentWidget(), "cardFixGroupLabel");
            label->setText(groups[g].heading);
            m_fixSteps->addWidget(label, row++, 0, 1, 2);
        }
        row = addItems(m_fixSteps, row, groups[g].steps, true);
    }
}

void FindingCard::render()
{
    const RenderedFinding text = CauseCatalogue::render(m_finding);
    m_title->setText(text.title);
    m_severity->setText(ReportText::severityLabel(m_finding.severity));
    m_who->setText(ReportText::whoFixes(m_finding.fixedBy));
    m_explanation->setText(text.explanation);
    m_evidenceHeading->setText(ReportText::evidenceHeading());
    m_evidenceHeading->setVisible(!text.evidence.isEmpty());
    clearGrid(m_evidence);
    addItems(m_evidence, 0, text.evidence, false);
    fillFixSteps(ReportText::actionGroups(m_finding));
    setAccessibleName(text.title);
    setAccessibleDescription(ReportText::severityLabel(m_finding.severity));
    m_icon->setAccessibleName(ReportText::severityLabel(m_finding.severity));
    for (QLabel *label : findChildren<QLabel *>())
        label->installEventFilter(this); // installing twice keeps one
}

void FindingCard::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.fillRect(QRect(0, 0, kStripeWidth, height()), toneColor(toneOf(m_finding.severity)));
    toneIcon(toneOf(m_finding.severity)).paint(&painter, m_icon->geometry());
    if (m_current) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
    painter.end();
    QFrame::paintEvent(event);
}

void FindingCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace hd
