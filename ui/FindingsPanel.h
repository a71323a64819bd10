#pragma once

#include "DiagnosisResult.h"

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace hd {

class FindingCard;

// The cause/fix cards of a result, root cause first, in a scroll area; or a short note
// when there is nothing to show yet.
class FindingsPanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void showIdle();
    void showRunning();
    void showResult(const DiagnosisResult &result);
    bool showCard(const QString &findingId); // outlines it and scrolls it into view; false when absent
    QList<FindingCard *> cards() const;

signals:
    void cardActivated(const QString &findingId); // clicked, or Enter on it

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Note { Idle, Running, NoProblems, Cancelled, None };
    void clearCards();
    void setNote(Note note);
    void renderNote();

    Note m_note = Note::Idle;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_noteLabel;
};

} // namespace hd
