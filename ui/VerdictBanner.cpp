#include "VerdictBanner.h"

#include "Appearance.h"

#include "ReportText.h"
#include "ResultText.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace hd {

namespace {

constexpr int kIconSize = 40;
constexpr int kFocusFrameWidth = 2;

QFont boldFont(const QWidget *widget)
{
    QFont font = widget->font();
    font.setBold(true);
    return font;
}

// Text a keyboard can reach by Tab (plainLabel() makes it selectable and copyable).
void takeKeyboard(QLabel *label)
{
    label->setFocusPolicy(Qt::StrongFocus);
}

QString numbered(const QStringList &steps)
{
    QStringList lines;
    for (qsizetype i = 0; i < steps.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(steps[i]);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("verdictBanner"));
    setFrameShape(QFrame::StyledPanel);

    m_icon = new QWidget(this);
    m_icon->setObjectName(QStringLiteral("verdictIcon"));
    m_icon->setFixedSize(kIconSize, kIconSize);
    m_verdict = plainLabel(this, "verdictLabel");
    takeKeyboard(m_verdict);
    QFont headline = m_verdict->font();
    headline.setPointSizeF(headline.pointSizeF() * 1.3);
    headline.setBold(true);
    m_verdict->setFont(headline);
    m_detail = plainLabel(this, "verdictDetailLabel");

    m_actions = new QWidget(this);
    m_actions->setObjectName(QStringLiteral("verdictActions"));
    m_actionsLayout = new QHBoxLayout(m_actions);
    m_actionsLayout->setContentsMargins(0, 4, 0, 0);
    m_actionsLayout->setSpacing(24);

    m_notesToggle = new QToolButton(this);
    m_notesToggle->setObjectName(QStringLiteral("alsoWorthKnowingButton"));
    m_notesToggle->setCheckable(true);
    m_notesToggle->setAutoRaise(true);
    m_notesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_notes = plainLabel(this, "alsoWorthKnowingLabel");
    m_notes->setContentsMargins(20, 0, 0, 0);
    connect(m_notesToggle, &QToolButton::toggled, this, [this] { renderNotes(); });

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_verdict);
    text->addWidget(m_detail);
    text->addWidget(m_actions);
    text->addWidget(m_notesToggle, 0, Qt::AlignLeft);
    text->addWidget(m_notes);

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
    // The frame around the focused text follows the focus (see paintEvent()).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (isAncestorOf(old) || isAncestorOf(now))
            update();
    });
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
    m_notesToggle->setChecked(false);
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
    // A label draws no focus of its own: the focused headline or steps get a frame, so a
    // keyboard user sees where the focus is.
    if (auto *focused = qobject_cast<QLabel *>(focusWidget()); focused && focused->hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), kFocusFrameWidth));
        painter.drawRect(QRect(focused->mapTo(this, QPoint(0, 0)), focused->size()).adjusted(-3, -2, 3, 2));
    }
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
    m_icon->setAccessibleName(m_state == State::Result ? ResultText::verdictLabel(*m_result) : QString());
    m_detail->setVisible(!m_detail->text().isEmpty());
    renderActions();
    renderNotes();
}

// One column per actor, the first actor first: its heading, then its numbered steps.
void VerdictBanner::renderActions()
{
    while (QLayoutItem *item = m_actionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<ReportText::ActionGroup> groups =
        m_state == State::Result ? ReportText::actFirst(*m_result) : QList<ReportText::ActionGroup>();
    for (const ReportText::ActionGroup &group : groups) {
        auto *column = new QWidget(m_actions);
        column->setObjectName(QStringLiteral("actionGroup_%1").arg(actorKey(group.actor)));
        QLabel *heading = plainLabel(column, "actionHeadingLabel");
        heading->setFont(boldFont(this));
        heading->setText(group.heading);
        QLabel *steps = plainLabel(column, "actionStepsLabel");
        takeKeyboard(steps);
        steps->setText(numbered(group.steps));
        steps->setAccessibleName(group.heading);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(heading);
        layout->addWidget(steps);
        layout->addStretch(1);
        m_actionsLayout->addWidget(column, 1);
    }
    m_actions->setVisible(!groups.isEmpty());
}

QList<QWidget *> VerdictBanner::focusChain() const
{
    QList<QWidget *> chain{m_verdict};
    for (QWidget *column : m_actions->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (auto *steps = column->findChild<QLabel *>(QStringLiteral("actionStepsLabel")))
            chain << steps;
    }
    for (QWidget *button : m_buttons->findChildren<QToolButton *>())
        chain << button;
    return chain;
}

// Notes are never problems: folded under their own heading, opened on request.
void VerdictBanner::renderNotes()
{
    const QStringList notes = m_state == State::Result ? ReportText::alsoNoticed(*m_result) : QStringList();
    m_notesToggle->setVisible(!notes.isEmpty());
    m_notesToggle->setText(tr("Also worth knowing (for the site's owner)"));
    m_notesToggle->setArrowType(m_notesToggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
    QStringList lines;
    for (const QString &note : notes)
        lines << QStringLiteral("• ") + note;
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty() && m_notesToggle->isChecked());
}

void VerdictBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace hd
