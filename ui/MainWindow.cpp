#include "MainWindow.h"

#include "AboutDialog.h"
#include "Appearance.h"
#include "ChainPanel.h"
#include "DiagnosisWorker.h"
#include "ExtraChecksPanel.h"
#include "FileDialog.h"
#include "FindingsPanel.h"
#include "LadderView.h"
#include "Language.h"
#include "OptionsDialog.h"
#include "ReportWriter.h"
#include "ResultText.h"
#include "StepDescriber.h"
#include "TimelineModel.h"
#include "TimelinePanel.h"
#include "Translations.h"
#include "VerdictBanner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hd {

namespace {

constexpr int kMaxRecentTargets = 10;
constexpr int kTickerIntervalMs = 200;
constexpr int kStatusMessageMs = 8000;
constexpr int kDiagramTab = 0;
constexpr int kTimelineTab = 1;
constexpr int kChainTab = 2;
constexpr int kExtraChecksTab = 3;
const QSize kDefaultSize(1180, 800);

// A rough sense of how far a diagnosis has come, from the kind of the latest step.
int progressAfter(const TimelineStep &step, int current)
{
    int milestone = current;
    switch (step.kind) {
    case TimelineStep::Kind::Resolve: milestone = 10; break;
    case TimelineStep::Kind::Proxy:
    case TimelineStep::Kind::PlainText:
    case TimelineStep::Kind::Connect: milestone = 20; break;
    case TimelineStep::Kind::TlsMessage:
        if (step.name == QLatin1String("ClientHello"))
            milestone = 30;
        else if (step.name == QLatin1String("ServerHello"))
            milestone = 45;
        else if (step.name == QLatin1String("Certificate"))
            milestone = 55;
        else
            milestone = qMin(current + 3, 68);
        break;
    case TimelineStep::Kind::TlsAlert:
    case TimelineStep::Kind::TlsEstablished:
    case TimelineStep::Kind::TlsFailed: milestone = 70; break;
    case TimelineStep::Kind::IssuerFetch: milestone = 80; break;
    case TimelineStep::Kind::CertificateCheck: milestone = 85; break;
    case TimelineStep::Kind::Probe: milestone = qMin(current + 2, 94); break;
    case TimelineStep::Kind::Http: milestone = 95; break;
    }
    return qMax(current, milestone);
}

QPushButton *iconButton(const char *objectName, const char *icon, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setIcon(resourceIcon(icon));
    return button;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_worker = new DiagnosisWorker(this);
    connect(m_worker, &DiagnosisWorker::stepRecorded, this, &MainWindow::onStep);
    connect(m_worker, &DiagnosisWorker::finished, this, &MainWindow::onFinished);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickerIntervalMs);
    connect(m_ticker, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusMessageTimer = new QTimer(this);
    m_statusMessageTimer->setSingleShot(true);
    m_statusMessageTimer->setInterval(kStatusMessageMs);
    connect(m_statusMessageTimer, &QTimer::timeout, this, [this] {
        m_statusMessage.clear();
        updateStatus();
    });

    createActions();
    createMenus();
    createCentralWidget();
    loadSettings();
    retranslateUi();
    updateActions();
    m_url->lineEdit()->setFocus();
}

MainWindow::~MainWindow()
{
    // Before any member goes: the worker's destructor cancels and joins its thread, and
    // nothing it still reports may reach a half-destroyed window.
    m_worker->disconnect(this);
    delete m_worker;
}

void MainWindow::createActions()
{
    m_exportAction = new QAction(resourceIcon("export-pdf"), QString(), this);
    m_exportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportReportInteractive);

    m_copyAction = new QAction(resourceIcon("copy"), QString(), this);
    m_copyAction->setObjectName(QStringLiteral("copyHelpDeskAction"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyForHelpDesk);

    m_optionsAction = new QAction(resourceIcon("options"), QString(), this);
    m_optionsAction->setObjectName(QStringLiteral("optionsAction"));
    m_optionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_optionsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_optionsAction, &QAction::triggered, this, &MainWindow::showOptions);

    m_focusUrlAction = new QAction(this);
    m_focusUrlAction->setObjectName(QStringLiteral("focusAddressAction"));
    m_focusUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusUrlAction, &QAction::triggered, this, [this] {
        m_url->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        m_url->lineEdit()->selectAll();
    });

    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_recent.clear();
        const QString text = m_url->currentText();
        m_url->clear();
        m_url->setEditText(text);
        saveSettings();
        updateActions();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : Translations::available()) {
        // Each language is named in itself, so it can be found whatever is shown now.
        const QString name = language == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
        QAction *action = m_languageGroup->addAction(name);
        action->setObjectName(QStringLiteral("languageAction_%1").arg(language));
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == Translations::current());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_focusUrlAction);
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_copyAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_clearRecentAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_settingsMenu->addAction(m_optionsAction);
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);

    m_urlLabel = new QLabel(central);
    m_url = new QComboBox(central);
    m_url->setObjectName(QStringLiteral("urlComboBox"));
    m_url->setEditable(true);
    m_url->setInsertPolicy(QComboBox::NoInsert);
    // No inline completion: it would silently extend what was typed to a longer recent
    // address, and Enter would then diagnose that one.
    m_url->setCompleter(nullptr);
    m_url->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_url->setMinimumContentsLength(30);
    m_url->lineEdit()->setObjectName(QStringLiteral("urlLineEdit"));
    m_url->lineEdit()->setClearButtonEnabled(true);
    m_urlLabel->setBuddy(m_url);
    connect(m_url->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::diagnoseCurrent);
    connect(m_url->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_inputError.reset();
        m_inputErrorRow->hide();
    });

    m_diagnoseButton = iconButton("diagnoseButton", "diagnose", central);
    m_cancelButton = iconButton("cancelButton", "cancel", central);
    m_optionsButton = iconButton("optionsButton", "options", central);
    connect(m_diagnoseButton, &QPushButton::clicked, this, &MainWindow::diagnoseCurrent);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_optionsButton, &QPushButton::clicked, this, &MainWindow::showOptions);

    auto *inputRow = new QHBoxLayout;
    inputRow->setSpacing(6);
    inputRow->addWidget(m_urlLabel);
    inputRow->addWidget(m_url, 1);
    inputRow->addWidget(m_diagnoseButton);
    inputRow->addWidget(m_cancelButton);
    inputRow->addWidget(m_optionsButton);

    m_inputErrorRow = new QWidget(central);
    auto *errorIcon = new QLabel(m_inputErrorRow);
    errorIcon->setPixmap(toneIcon(Tone::Warning).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_inputErrorLabel = new QLabel(m_inputErrorRow);
    m_inputErrorLabel->setObjectName(QStringLiteral("urlErrorLabel"));
    m_inputErrorLabel->setTextFormat(Qt::PlainText);
    m_inputErrorLabel->setWordWrap(true);
    m_inputErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *errorRow = new QHBoxLayout(m_inputErrorRow);
    errorRow->setContentsMargins(0, 0, 0, 0);
    errorRow->addWidget(errorIcon, 0, Qt::AlignTop);
    errorRow->addWidget(m_inputErrorLabel, 1);
    m_inputErrorRow->hide();

    m_optionsSummary = new QLabel(central);
    m_optionsSummary->setObjectName(QStringLiteral("optionsSummaryLabel"));
    m_optionsSummary->setTextFormat(Qt::PlainText);
    m_optionsSummary->setWordWrap(true);
    m_optionsSummary->setForegroundRole(QPalette::PlaceholderText);

    m_banner = new VerdictBanner(central);
    m_banner->addButton(m_copyAction, "copyHelpDeskButton");
    m_banner->addButton(m_exportAction, "exportReportButton");

    auto *cardsPane = new QWidget(central);
    m_cardsHeading = new QLabel(cardsPane);
    m_cardsHeading->setObjectName(QStringLiteral("cardsHeadingLabel"));
    QFont headingFont = m_cardsHeading->font();
    headingFont.setBold(true);
    m_cardsHeading->setFont(headingFont);
    m_cards = new FindingsPanel(cardsPane);
    auto *cardsLayout = new QVBoxLayout(cardsPane);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addWidget(m_cardsHeading);
    cardsLayout->addWidget(m_cards, 1);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("detailsTabWidget"));
    auto *diagram = new QScrollArea(m_tabs);
    diagram->setObjectName(QStringLiteral("ladderScrollArea"));
    diagram->setWidgetResizable(true);
    m_ladder = new LadderView(diagram);
    diagram->setWidget(m_ladder);
    connect(m_ladder, &LadderView::stepActivated, this, &MainWindow::showCardOfStep);
    connect(m_cards, &FindingsPanel::cardActivated, this, &MainWindow::showStepsOfFinding);
    m_timeline = new TimelinePanel(m_tabs);
    m_chain = new ChainPanel(m_tabs);
    m_extraChecks = new ExtraChecksPanel(m_tabs);
    m_tabs->addTab(diagram, resourceIcon("timeline"), QString());
    m_tabs->addTab(m_timeline, resourceIcon("timeline"), QString());
    m_tabs->addTab(m_chain, resourceIcon("certificate"), QString());
    m_tabs->addTab(m_extraChecks, resourceIcon("diagnose"), QString());
    connect(m_chain, &ChainPanel::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_chain, &ChainPanel::errorOccurred, this, &MainWindow::showError);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(cardsPane);
    m_mainSplitter->addWidget(m_tabs);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 5);
    m_mainSplitter->setSizes({kDefaultSize.width() * 4 / 9, kDefaultSize.width() * 5 / 9});

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->setSpacing(8);
    layout->addLayout(inputRow);
    layout->addWidget(m_inputErrorRow);
    layout->addWidget(m_optionsSummary);
    layout->addWidget(m_banner);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setRange(0, 100);
    m_progressBar->setMaximumWidth(180);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);

    arrangeFocusChain();
}

// The address and its buttons, the answer (verdict, what to do, Copy, Export), the cards,
// then the tabs.
void MainWindow::arrangeFocusChain()
{
    QList<QWidget *> chain{m_url, m_diagnoseButton, m_cancelButton, m_optionsButton};
    chain << m_banner->focusChain() << m_cards << m_tabs;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_focusUrlAction->setText(tr("&Enter Address"));
    m_exportAction->setText(tr("&Export Report…"));
    m_exportAction->setToolTip(tr("Save a PDF report with the verdict, the fixes, the timeline and the certificates."));
    m_copyAction->setText(tr("&Copy for Help Desk"));
    m_copyAction->setToolTip(tr("Put a short plain-text summary on the clipboard, to paste into an e-mail or a chat."));
    m_optionsAction->setText(tr("&Options…"));
    m_clearRecentAction->setText(tr("C&lear Recent Addresses"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Handshake Doctor"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_urlLabel->setText(tr("&Address:"));
    m_url->lineEdit()->setPlaceholderText(tr("example.com or https://example.com:8443/path"));
    m_url->setToolTip(tr("A host name, an IP address, or a full https:// address; mail, directory and database servers by their scheme (smtp://, imaps://, ldap://, postgres://…). Recent addresses are in the list."));
    m_diagnoseButton->setText(tr("&Diagnose"));
    m_diagnoseButton->setToolTip(tr("Check the connection step by step (Enter)"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the diagnosis (Esc)"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_optionsButton->setText(tr("Op&tions…"));
    m_optionsButton->setToolTip(tr("Time limit, an extra trusted CA file, and an address override"));
    m_cardsHeading->setText(tr("Causes and how to fix them"));
    m_tabs->setTabText(kDiagramTab, tr("&Handshake"));
    m_tabs->setTabText(kTimelineTab, tr("Step Ta&ble"));
    m_tabs->setTabText(kChainTab, tr("C&ertificates"));
    m_tabs->setTabText(kExtraChecksTab, tr("&Versions and Clients"));
    updateTabStatus();
    if (m_inputError)
        showInputError(TargetParser::explain(*m_inputError));
    updateOptionsSummary();
    updateStatus();
}

void MainWindow::updateActions()
{
    const bool busy = isDiagnosing();
    m_diagnoseButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy && !m_cancelling);
    m_exportAction->setEnabled(!busy && m_result.has_value());
    m_copyAction->setEnabled(!busy && m_result.has_value());
    m_clearRecentAction->setEnabled(!m_recent.isEmpty());
}

bool MainWindow::isDiagnosing() const
{
    return !m_running.host.isEmpty();
}

void MainWindow::updateOptionsSummary()
{
    QStringList parts;
    if (!m_options.extraCaFile.isEmpty())
        parts << tr("Also trusting the CAs in %1").arg(QFileInfo(m_options.extraCaFile).fileName());
    if (m_options.addressOverride.isSet())
        parts << tr("Connecting to %1 for %2 port %3")
                     .arg(m_options.addressOverride.address.toString(), m_options.addressOverride.host)
                     .arg(m_options.addressOverride.port);
    if (m_options.timeoutMs != DiagnosisOptions().timeoutMs)
        parts << tr("Time limit %1 s").arg(m_options.timeoutMs / 1000);
    if (!m_options.fetchMissingIssuers)
        parts << tr("Missing certificates are not downloaded");
    m_optionsSummary->setText(parts.join(QStringLiteral(" · ")));
    m_optionsSummary->setVisible(!parts.isEmpty());
}

void MainWindow::updateStatus()
{
    if (isDiagnosing()) {
        const QLocale locale;
        const QString seconds = locale.toString(m_elapsed.elapsed() / 1000.0, 'f', 1);
        const QString limit = locale.toString(m_options.timeoutMs / 1000);
        if (m_cancelling)
            m_statusLabel->setText(tr("Cancelling…"));
        else if (m_lastStepTitle.isEmpty())
            m_statusLabel->setText(tr("Diagnosing %1 — %2 s of at most %3 s").arg(m_running.displayHost, seconds, limit));
        else
            m_statusLabel->setText(tr("Diagnosing %1 — last step: %2 — %3 s of at most %4 s")
                                       .arg(m_running.displayHost, m_lastStepTitle, seconds, limit));
        return;
    }
    if (!m_statusMessage.isEmpty())
        m_statusLabel->setText(m_statusMessage);
    else if (!m_result)
        m_statusLabel->setText(tr("Ready"));
    else if (m_result->cancelled)
        m_statusLabel->setText(tr("Cancelled after %1.").arg(ResultText::milliseconds(m_result->durationMs)));
    else
        m_statusLabel->setText(tr("Finished in %1.").arg(ResultText::milliseconds(m_result->durationMs)));
}

void MainWindow::showInputError(const QString &text)
{
    m_inputErrorLabel->setText(text);
    m_inputErrorRow->show();
}

void MainWindow::showStatusMessage(const QString &text)
{
    m_statusMessage = text;
    m_statusMessageTimer->start();
    updateStatus();
}

void MainWindow::diagnose(const QString &input)
{
    m_url->setEditText(input);
    diagnoseCurrent();
}

void MainWindow::diagnoseCurrent()
{
    if (isDiagnosing())
        return;
    const TargetParseResult parsed = TargetParser::parse(m_url->currentText());
    if (!parsed.ok()) {
        m_inputError = parsed;
        showInputError(TargetParser::explain(parsed));
        m_url->lineEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_inputError.reset();
    m_inputErrorRow->hide();
    rememberTarget(parsed.target.input);
    m_statusMessage.clear();

    m_running = parsed.target;
    m_cancelling = false;
    m_progress = 0;
    m_lastStepTitle.clear();
    m_result.reset();
    m_banner->showRunning(m_running);
    m_cards->showRunning();
    m_timeline->clear();
    m_ladder->clear();
    m_chain->clear();
    m_extraChecks->clear();
    updateTabStatus();
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_elapsed.start();
    m_ticker->start();
    setWindowTitle(m_running.displayHost);
    updateStatus();
    updateActions();
    m_worker->start(m_running, m_options);
    emit diagnosisStarted();
}

void MainWindow::cancel()
{
    if (!isDiagnosing() || m_cancelling)
        return;
    m_cancelling = true;
    m_worker->cancel();
    updateStatus();
    updateActions();
}

void MainWindow::onStep(const TimelineStep &step)
{
    m_timeline->addStep(step);
    m_ladder->addStep(step);
    m_progress = progressAfter(step, m_progress);
    m_progressBar->setValue(m_progress);
    m_lastStepTitle = StepDescriber::describe(step).title;
    updateStatus();
}

void MainWindow::onFinished(const DiagnosisResult &result)
{
    m_running = Target();
    m_cancelling = false;
    m_ticker->stop();
    m_progressBar->hide();
    m_result = result;
    m_banner->showResult(result);
    m_cards->showResult(result);
    m_timeline->setSteps(result.timeline);
    m_ladder->setSteps(result.timeline);
    m_chain->setResult(result);
    m_extraChecks->setResult(result);
    updateTabStatus();
    // When only the versions or suites are at fault, that is where the answer is.
    if (!m_timeline->model()->failingIndex().isValid() && !m_chain->hasProblem() && m_extraChecks->hasProblem())
        m_tabs->setCurrentIndex(kExtraChecksTab);
    setWindowTitle(result.target.displayHost);
    updateStatus();
    updateActions();
    // The answer takes the focus: a screen reader reads it, and Tab goes on to what to do.
    arrangeFocusChain();
    m_banner->focusChain().constFirst()->setFocus(Qt::OtherFocusReason);
    emit diagnosisFinished();
}

// A tab whose view holds a problem shows the red icon; screen readers hear it in words.
void MainWindow::updateTabStatus()
{
    const bool done = m_result.has_value();
    const bool stepFailed = done && m_timeline->model()->failingIndex().isValid();
    const bool chainProblem = done && m_chain->hasProblem();
    const bool extraProblem = done && m_extraChecks->hasProblem();
    m_tabs->setTabIcon(kDiagramTab, stepFailed ? toneIcon(Tone::Bad) : resourceIcon("timeline"));
    m_tabs->setTabIcon(kTimelineTab, stepFailed ? toneIcon(Tone::Bad) : resourceIcon("timeline"));
    m_tabs->setTabIcon(kChainTab, chainProblem ? toneIcon(Tone::Bad) : resourceIcon("certificate"));
    m_tabs->setTabIcon(kExtraChecksTab, extraProblem ? toneIcon(Tone::Bad) : resourceIcon("diagnose"));
    QTabBar *bar = m_tabs->tabBar();
    bar->setAccessibleTabName(kDiagramTab, stepFailed ? tr("Handshake: a step failed") : tr("Handshake"));
    bar->setAccessibleTabName(kTimelineTab, stepFailed ? tr("Step Table: a step failed") : tr("Step Table"));
    bar->setAccessibleTabName(kChainTab, chainProblem ? tr("Certificates: a problem was found") : tr("Certificates"));
    bar->setAccessibleTabName(kExtraChecksTab, extraProblem ? tr("Versions and Clients: a problem was found") : tr("Versions and Clients"));
}

// A step of the diagram was clicked: the card of the finding tied to it comes into view.
void MainWindow::showCardOfStep(int timelineIndex)
{
    if (!m_result)
        return;
    for (const Finding &finding : m_result->findings) {
        if (finding.steps.contains(timelineIndex)) {
            m_cards->showCard(finding.id);
            return;
        }
    }
}

// A card was clicked: where it happened is marked in the diagram and chosen in the table.
void MainWindow::showStepsOfFinding(const QString &findingId)
{
    const Finding *finding = m_result ? m_result->finding(findingId) : nullptr;
    if (!finding)
        return;
    m_ladder->highlightSteps(finding->steps);
    for (const int index : finding->steps) {
        if (m_timeline->model()->indexOf(m_result->timeline.value(index)).isValid()) {
            m_timeline->selectStep(m_result->timeline.value(index));
            break;
        }
    }
}

void MainWindow::rememberTarget(const QString &input)
{
    m_recent.removeIf([&input](const QString &entry) { return entry.compare(input, Qt::CaseInsensitive) == 0; });
    m_recent.prepend(input);
    while (m_recent.size() > kMaxRecentTargets)
        m_recent.removeLast();
    const QString text = m_url->currentText();
    m_url->clear();
    m_url->addItems(m_recent);
    m_url->setEditText(text);
    saveSettings();
}

void MainWindow::setOptions(const DiagnosisOptions &options)
{
    m_options = options;
    updateOptionsSummary();
    saveSettings();
}

bool MainWindow::setLanguage(const QString &language)
{
    if (!applyLanguage(language))
        return false;
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    QSettings().setValue(QStringLiteral("language"), language);
    return true;
}

void MainWindow::exportReportInteractive()
{
    if (!m_result)
        return;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::saveFileName(this, tr("Export Report"),
                                            QDir(directory).filePath(ReportWriter::suggestedFileName(*m_result)),
                                            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    exportReport(path);
}

bool MainWindow::exportReport(const QString &path)
{
    if (!m_result)
        return false;
    QString error;
    if (!ReportWriter::writePdf(*m_result, path, ReportWriter::pageSizeFor(ReportWriter::paperLocale()), &error)) {
        showError(tr("The report could not be saved"), error);
        return false;
    }
    showStatusMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::copyForHelpDesk()
{
    if (!m_result)
        return;
    QGuiApplication::clipboard()->setText(ResultText::helpDeskSummary(*m_result));
    showStatusMessage(tr("A summary is on the clipboard: paste it into an e-mail or a chat with your help desk."));
}

void MainWindow::showOptions()
{
    auto *dialog = new OptionsDialog(m_options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setOptions(dialog->options()); });
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Window-modal and non-blocking: the event loop (and a running diagnosis) go on.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::loadSettings()
{
    const QSettings settings;
    const DiagnosisOptions defaults;
    m_options.timeoutMs = qBound(1, settings.value(QStringLiteral("options/timeoutSeconds"), defaults.timeoutMs / 1000).toInt(),
                                 kMaxTimeoutMs / 1000) * 1000;
    m_options.extraCaFile = settings.value(QStringLiteral("options/extraCaFile")).toString();
    m_options.fetchMissingIssuers = settings.value(QStringLiteral("options/fetchMissingIssuers"), defaults.fetchMissingIssuers).toBool();
    m_recent = settings.value(QStringLiteral("recentTargets")).toStringList().mid(0, kMaxRecentTargets);
    m_url->addItems(m_recent);
    m_url->setEditText(QString());

    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        QSize size = kDefaultSize;
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_timeline->restoreState(settings.value(QStringLiteral("window/timeline")).toByteArray());
    m_chain->restoreState(settings.value(QStringLiteral("window/chain")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("options/timeoutSeconds"), m_options.timeoutMs / 1000);
    settings.setValue(QStringLiteral("options/extraCaFile"), m_options.extraCaFile);
    settings.setValue(QStringLiteral("options/fetchMissingIssuers"), m_options.fetchMissingIssuers);
    settings.setValue(QStringLiteral("recentTargets"), m_recent);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_statusMessage.clear(); // it was in the old language
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/timeline"), m_timeline->saveState());
    settings.setValue(QStringLiteral("window/chain"), m_chain->saveState());
    saveSettings();
    // The worker stops within a poll interval; the destructor then joins it.
    m_worker->cancel();
    event->accept();
}

} // namespace hd
