#include "FindingCard.h"

#include "Appearance.h"
#include "CauseCatalogue.h"
#include "ResultText.h"

#include <QEvent>
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

QLabel *heading(QWidget *parent, const char *objectName)
{
    QLabel *label = plainLabel(parent, objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

FindingCard::FindingCard(const Finding &finding, QWidget *parent) : QFrame(parent), m_finding(finding)
{
    setObjectName(QStringLiteral("findingCard"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_icon = new QWidget(this);
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
    m_evidenceHeading = heading(this, "cardEvidenceHeadingLabel");
    m_fixHeading = heading(this, "cardFixHeadingLabel");
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

void FindingCard::fillList(QGridLayout *grid, const QStringList &items, bool numbered)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget *owner = grid->parentWidget();
    for (int i = 0; i < items.size(); ++i) {
        QLabel *marker = plainLabel(owner);
        marker->setWordWrap(false);
        marker->setText(numbered ? QLocale().toString(i + 1) + QLatin1Char('.') : QStringLiteral("•"));
        marker->setAlignment(Qt::AlignRight | Qt::AlignTop);
        QLabel *text = plainLabel(owner, numbered ? "cardFixStepLabel" : "cardEvidenceLabel");
        text->setText(items[i]);
        grid->addWidget(marker, i, 0, Qt::AlignTop);
        grid->addWidget(text, i, 1);
    }
}

void FindingCard::render()
{
    const RenderedFinding text = CauseCatalogue::render(m_finding);
    m_title->setText(text.title);
    m_severity->setText(CauseCatalogue::severityLabel(m_finding.severity));
    m_who->setText(tr("Who fixes it: %1").arg(CauseCatalogue::fixedByLabel(m_finding.fixedBy)));
    m_explanation->setText(text.explanation);
    m_evidenceHeading->setText(tr("What was found"));
    m_evidenceHeading->setVisible(!text.evidence.isEmpty());
    fillList(m_evidence, text.evidence, false);
    m_fixHeading->setText(ResultText::fixStepsHeading(m_finding.fixedBy));
    m_fixHeading->setVisible(!text.fixSteps.isEmpty());
    fillList(m_fixSteps, text.fixSteps, true);
    setAccessibleName(text.title);
}

void FindingCard::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.fillRect(QRect(0, 0, kStripeWidth, height()), toneColor(toneOf(m_finding.severity)));
    toneIcon(toneOf(m_finding.severity)).paint(&painter, m_icon->geometry());
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
