#pragma once

#include "Appearance.h"
#include "DiagnosisResult.h"

#include <QFrame>

#include <optional>

class QLabel;
class QToolButton;
class QAction;
class QHBoxLayout;

namespace hd {

// The answer at the top of the window, coloured by the verdict: the headline, then who acts
// and how ("What you can do now", "What to tell the site's owner"...), each with its steps;
// for a healthy site one line of what was checked and the notes folded away. The buttons
// pass the answer on (copy for the help desk, PDF report).
class VerdictBanner : public QFrame
{
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void addButton(QAction *action, const char *buttonName); // a button that triggers `action`
    void showIdle();
    void showRunning(const Target &target);
    void showResult(const DiagnosisResult &result);
    // In Tab order: the verdict, who does what, then the buttons.
    QList<QWidget *> focusChain() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    enum class State { Idle, Running, Result };
    void render();
    void renderActions();
    void renderNotes();
    void setTone(Tone tone);

    Tone m_tone = Tone::Info;
    State m_state = State::Idle;
    Target m_target;
    std::optional<DiagnosisResult> m_result;
    QWidget *m_icon; // where paintEvent() draws the icon, at the screen's pixel ratio
    QLabel *m_verdict;
    QLabel *m_detail;
    QWidget *m_actions;         // one column per actor, side by side
    QHBoxLayout *m_actionsLayout;
    QToolButton *m_notesToggle; // "Also worth knowing", folded by default
    QLabel *m_notes;
    QWidget *m_buttons;
};

} // namespace hd
