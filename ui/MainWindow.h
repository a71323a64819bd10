#pragma once

#include "DiagnosisOptions.h"
#include "DiagnosisResult.h"
#include "Target.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTimer;

namespace hd {

class ChainPanel;
class DiagnosisWorker;
class ExtraChecksPanel;
class FindingsPanel;
class LadderView;
class TimelinePanel;
class VerdictBanner;

// The window: a URL box, the verdict, the cause/fix cards, and the timeline and chain
// tabs. The diagnosis runs on DiagnosisWorker's thread; this class only shows what
// core/ reports.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DiagnosisOptions options() const { return m_options; }
    void setOptions(const DiagnosisOptions &options); // remembers timeout, CA file, AIA choice
    bool isDiagnosing() const;
    const DiagnosisResult *result() const { return m_result ? &*m_result : nullptr; }

public slots:
    void diagnose(const QString &input); // puts `input` into the URL box and starts
    void diagnoseCurrent();
    void cancel();
    bool setLanguage(const QString &language);
    bool exportReport(const QString &path);
    void copyForHelpDesk();
    void showOptions();
    void showAbout();

signals:
    void diagnosisStarted();
    void diagnosisFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void retranslateUi();
    void updateActions();
    void updateOptionsSummary();
    void updateStatus();
    void showInputError(const QString &text);
    void showStatusMessage(const QString &text);
    void exportReportInteractive();
    void showError(const QString &title, const QString &text);
    void onStep(const TimelineStep &step);
    void onFinished(const DiagnosisResult &result);
    void showCardOfStep(int timelineIndex);
    void showStepsOfFinding(const QString &findingId);
    void arrangeFocusChain();
    void updateTabStatus();
    void rememberTarget(const QString &input);
    void loadSettings();
    void saveSettings() const;

    DiagnosisWorker *m_worker;
    DiagnosisOptions m_options;
    std::optional<DiagnosisResult> m_result;
    std::optional<TargetParseResult> m_inputError;
    Target m_running; // the target being diagnosed; empty host while idle
    bool m_cancelling = false;
    int m_progress = 0;
    QString m_lastStepTitle;
    QElapsedTimer m_elapsed;
    QTimer *m_ticker;
    QTimer *m_statusMessageTimer;
    QString m_statusMessage; // shown for a while after an action, instead of the status
    QStringList m_recent;

    QAction *m_exportAction;
    QAction *m_copyAction;
    QAction *m_optionsAction;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QAction *m_aboutQtAction;
    QAction *m_clearRecentAction;
    QAction *m_focusUrlAction;
    QActionGroup *m_languageGroup;
    QMenu *m_fileMenu;
    QMenu *m_settingsMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;

    QLabel *m_urlLabel;
    QComboBox *m_url;
    QPushButton *m_diagnoseButton;
    QPushButton *m_cancelButton;
    QPushButton *m_optionsButton;
    QWidget *m_inputErrorRow;
    QLabel *m_inputErrorLabel;
    QLabel *m_optionsSummary;
    VerdictBanner *m_banner;
    QLabel *m_cardsHeading;
    FindingsPanel *m_cards;
    QTabWidget *m_tabs;
    LadderView *m_ladder;
    TimelinePanel *m_timeline;
    ChainPanel *m_chain;
    ExtraChecksPanel *m_extraChecks;
    QSplitter *m_mainSplitter;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
};

} // namespace hd
