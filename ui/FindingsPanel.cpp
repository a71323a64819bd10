#include "FindingsPanel.h"

#include "FindingCard.h"

#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace hd {

FindingsPanel::FindingsPanel(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("cardsArea"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("cardsContainer"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(0, 0, 4, 0);
    m_layout->setSpacing(10);
    m_noteLabel = new QLabel(m_content);
    m_noteLabel->setObjectName(QStringLiteral("cardsNoteLabel"));
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_noteLabel->setAlignment(Qt::AlignCenter);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteLabel->setContentsMargins(12, 24, 12, 24);
    m_layout->addWidget(m_noteLabel);
    m_layout->addStretch(1);
    setWidget(m_content);
    showIdle();
}

QList<FindingCard *> FindingsPanel::cards() const
{
    return m_content->findChildren<FindingCard *>(QString(), Qt::FindDirectChildrenOnly);
}

void FindingsPanel::clearCards()
{
    for (FindingCard *card : cards()) {
        m_layout->removeWidget(card);
        delete card;
    }
}

void FindingsPanel::showIdle()
{
    clearCards();
    setNote(Note::Idle);
}

void FindingsPanel::showRunning()
{
    clearCards();
    setNote(Note::Running);
}

bool FindingsPanel::showCard(const QString &findingId)
{
    bool found = false;
    for (FindingCard *card : cards()) {
        card->setCurrent(card->findingId() == findingId && !found);
        if (card->isCurrent()) {
            ensureWidgetVisible(card, 0, 0);
            found = true;
        }
    }
    return found;
}

void FindingsPanel::showResult(const DiagnosisResult &result)
{
    clearCards();
    if (result.cancelled) {
        setNote(Note::Cancelled);
        return;
    }
    setNote(result.findings.isEmpty() ? Note::NoProblems : Note::None);
    // Before the stretch at the end; core already sorts by severity, root cause first.
    int position = m_layout->indexOf(m_noteLabel) + 1;
    for (const Finding &finding : result.findings) {
        auto *card = new FindingCard(finding, m_content);
        connect(card, &FindingCard::activated, this, [this](const QString &id) {
            showCard(id);
            emit cardActivated(id);
        });
        m_layout->insertWidget(position++, card);
    }
    verticalScrollBar()->setValue(0);
}

void FindingsPanel::setNote(Note note)
{
    m_note = note;
    renderNote();
}

void FindingsPanel::renderNote()
{
    switch (m_note) {
    case Note::Idle: m_noteLabel->setText(tr("Causes and fixes will appear here after a diagnosis.")); break;
    case Note::Running: m_noteLabel->setText(tr("Diagnosing… causes and fixes will appear here.")); break;
    case Note::NoProblems: m_noteLabel->setText(tr("No problems found: the secure connection works.")); break;
    case Note::Cancelled: m_noteLabel->setText(tr("The diagnosis was cancelled, so no causes were determined.")); break;
    case Note::None: m_noteLabel->clear(); break;
    }
    m_noteLabel->setVisible(m_note != Note::None);
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        renderNote();
    QScrollArea::changeEvent(event);
}

} // namespace hd
