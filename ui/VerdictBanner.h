#pragma once

#include "Appearance.h"
#include "DiagnosisResult.h"

#include <QFrame>

#include <optional>

class QLabel;
class QToolButton;
class QAction;

namespace hd {

// The one-sentence answer at the top of the window, coloured by the verdict, with the
// actions that pass the answer on (copy for the help desk, PDF report).
class VerdictBanner : public QFrame
{
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget *parent = nullptr);

    void addButton(QAction *action, const char *buttonName); // a button that triggers `action`
    void showIdle();
    void showRunning(const Target &target);
    void showResult(const DiagnosisResult &result);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    enum class State { Idle, Running, Result };
    void render();
    void setTone(Tone tone);

    Tone m_tone = Tone::Info;
    State m_state = State::Idle;
    Target m_target;
    std::optional<DiagnosisResult> m_result;
    QWidget *m_icon; // where paintEvent() draws the icon, at the screen's pixel ratio
    QLabel *m_verdict;
    QLabel *m_detail;
    QWidget *m_buttons;
};

} // namespace hd
