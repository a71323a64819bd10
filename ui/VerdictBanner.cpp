#include "VerdictBanner.h"

#include "Appearance.h"

#include "ResultText.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace hd {

namespace {

constexpr int kIconSize = 40;

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);

    m_icon = new QWidget(this);
    m_icon->setFixedSize(kIconSize, kIconSize);
    m_verdict = plainLabel(this, "verdictLabel");
    QFont headline = m_verdict->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.3);
    headline.setBold(true);
    m_verdict->setFont(headline);
    m_detail = plainLabel(this, "verdictDetailLabel");

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_verdict);
    text->addWidget(m_detail);

    m_buttons = new QWidget(this);
    auto *buttons = new QVBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_buttons, 0, Qt::AlignTop);
    showIdle();
}

void VerdictBanner::addButton(QAction *action, const char *buttonName)
{
    auto *button = new QToolButton(m_buttons);
    button->setObjectName(QLatin1String(buttonName));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_buttons->layout()->addWidget(button);
}

void VerdictBanner::showIdle()
{
    m_state = State::Idle;
    m_result.reset();
    render();
}

void VerdictBanner::showRunning(const Target &target)
{
    m_state = State::Running;
    m_target = target;
    m_result.reset();
    render();
}

void VerdictBanner::showResult(const DiagnosisResult &result)
{
    m_state = State::Result;
    m_result = result;
    render();
}

void VerdictBanner::setTone(Tone tone)
{
    m_tone = tone;
    update();
}

void VerdictBanner::paintEvent(QPaintEvent *event)
{
    // Painted rather than set in the palette, so it follows palette changes (dark mode)
    // without feeding back into them; the SVG icon is drawn for this screen's pixel ratio.
    QPainter painter(this);
    painter.fillRect(rect(), toneBackground(palette(), m_tone));
    painter.fillRect(QRect(0, 0, 5, height()), toneColor(m_tone));
    toneIcon(m_tone).paint(&painter, m_icon->geometry());
    painter.end();
    QFrame::paintEvent(event);
}

void VerdictBanner::render()
{
    switch (m_state) {
    case State::Idle:
        setTone(Tone::Info);
        m_verdict->setText(tr("Why won't this site open securely?"));
        m_detail->setText(ResultText::idleHeadline());
        break;
    case State::Running:
        setTone(Tone::Pending);
        m_verdict->setText(ResultText::runningHeadline(m_target));
        m_detail->setText(tr("The steps appear on the right as they happen."));
        break;
    case State::Result:
        setTone(m_result->cancelled ? Tone::Neutral : toneOf(m_result->verdict()));
        m_verdict->setText(ResultText::verdictHeadline(*m_result));
        m_detail->setText(ResultText::verdictDetail(*m_result));
        break;
    }
    m_detail->setVisible(!m_detail->text().isEmpty());
}

void VerdictBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace hd
