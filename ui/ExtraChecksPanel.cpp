#include "ExtraChecksPanel.h"

#include "Appearance.h"

#include "ReportText.h"
#include "StepDescriber.h"
#include "TimelineModel.h"
#include "tls/CipherSuiteTraits.h"
#include "tls/TlsNames.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hd {

namespace {

// Rows fit their wrapped text; the table takes the height of its rows, the page scrolls.
void fitHeight(QTableWidget *table)
{
    if (table->rowCount() == 0)
        return;
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

QTableWidget *compactTable(QWidget *parent, const char *objectName, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(QLatin1String(objectName));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(columns - 1, QHeaderView::Stretch);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wrapped text needs new row heights when the columns change width.
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, [table] { fitHeight(table); });
    return table;
}

QTableWidgetItem *item(const QString &text, std::optional<Tone> tone = std::nullopt)
{
    auto *cell = new QTableWidgetItem(text); // plain text: never markup
    if (tone)
        cell->setIcon(toneIcon(*tone));
    return cell;
}

// Accepting or refusing a version is no verdict by itself (core's findings judge, shown
// on the headings); only "could not tell" is marked.
std::optional<Tone> toneOf(Support support)
{
    if (support == Support::Unknown)
        return Tone::Pending;
    return std::nullopt;
}

// A heading with the status core gave the probe's step: red when a finding is tied to it.
QWidget *headingRow(QWidget *parent, QLabel *heading, QLabel *icon)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    icon->setFixedSize(16, 16);
    layout->addWidget(icon);
    layout->addWidget(heading, 1);
    return row;
}

int severityRank(TimelineStep::Status status)
{
    using S = TimelineStep::Status;
    switch (status) {
    case S::Failed: return 3;
    case S::Warning: return 2;
    case S::Info: return 1;
    case S::Ok:
    case S::Skipped: return 0;
    }
    return 0;
}

const TimelineStep *probeStep(const DiagnosisResult &result, const QString &name)
{
    for (const TimelineStep &step : result.timeline) {
        if (step.kind == TimelineStep::Kind::Probe && step.name == name)
            return &step;
    }
    return nullptr;
}

} // namespace

ExtraChecksPanel::ExtraChecksPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("extraChecksPanel"));
    auto *page = new QWidget;
    m_note = plainLabel(page, "extraChecksNoteLabel");
    m_versionsHeading = headingLabel(page, "versionsHeadingLabel");
    m_versions = compactTable(page, "versionsTable", 3);
    m_keyExchangeHeading = headingLabel(page, "keyExchangeHeadingLabel");
    m_keyExchange = plainLabel(page, "keyExchangeLabel");
    m_versionsIcon = new QLabel(page);
    m_versionsIcon->setObjectName(QStringLiteral("versionsStatusIcon"));
    m_keyExchangeIcon = new QLabel(page);
    m_keyExchangeIcon->setObjectName(QStringLiteral("keyExchangeStatusIcon"));
    m_compatibilityHeading = headingLabel(page, "compatibilityHeadingLabel");
    m_compatibility = compactTable(page, "compatibilityTable", 3);

    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(6);
    layout->addWidget(m_note);
    layout->addWidget(headingRow(page, m_versionsHeading, m_versionsIcon));
    layout->addWidget(m_versions);
    layout->addSpacing(6);
    layout->addWidget(headingRow(page, m_keyExchangeHeading, m_keyExchangeIcon));
    layout->addWidget(m_keyExchange);
    layout->addSpacing(6);
    layout->addWidget(m_compatibilityHeading);
    layout->addWidget(m_compatibility);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    render();
}

void ExtraChecksPanel::clear()
{
    m_result.reset();
    render();
}

void ExtraChecksPanel::setResult(const DiagnosisResult &result)
{
    m_result = result;
    render();
}

bool ExtraChecksPanel::hasProblem() const
{
    if (!m_result)
        return false;
    return std::any_of(m_result->timeline.cbegin(), m_result->timeline.cend(), [](const TimelineStep &step) {
        return isExtraCheckStep(step)
               && (step.status == TimelineStep::Status::Failed || step.status == TimelineStep::Status::Warning);
    });
}

void ExtraChecksPanel::render()
{
    m_versionsHeading->setText(tr("Protocol versions and cipher suites"));
    m_keyExchangeHeading->setText(tr("Key exchange"));
    m_compatibilityHeading->setText(tr("Would common clients connect?"));
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Server's answer"), tr("Cipher suites accepted")});
    m_compatibility->setHorizontalHeaderLabels({tr("Client"), tr("Connects"), tr("Details")});

    const bool ran = m_result && m_result->probes.protocolVersions.ran;
    if (!m_result) {
        m_note->setText(tr("After a diagnosis, this shows which protocol versions and cipher suites the server accepts, "
                           "and which common clients could connect."));
    } else if (!ran) {
        // The reason is the check's own ("extra connections are switched off", "no connection"...).
        QString reason;
        for (const CheckResult &check : m_result->checks) {
            if (check.id == QLatin1String("protocol-versions") && check.outcome == CheckResult::Outcome::CouldNotRun)
                reason = ReportText::checkReason(check.reason);
        }
        m_note->setText(reason.isEmpty() ? tr("The extra connections did not run.")
                                         : tr("The extra connections did not run: %1.").arg(reason));
    } else {
        m_note->setText(tr("From extra connections that offered one version, suite or group at a time."));
    }
    for (QWidget *widget : {m_versionsHeading->parentWidget(), static_cast<QWidget *>(m_versions),
                            m_keyExchangeHeading->parentWidget(), static_cast<QWidget *>(m_keyExchange)})
        widget->setVisible(ran);
    setStatusIcon(m_versionsIcon, {QStringLiteral("protocol-versions"), QStringLiteral("cipher-suites")});
    setStatusIcon(m_keyExchangeIcon, {QStringLiteral("key-exchange")});
    renderVersions();
    renderKeyExchange();
    renderCompatibility();
}

// The worse of the named probe steps' statuses; accessible text says it too.
void ExtraChecksPanel::setStatusIcon(QLabel *icon, const QStringList &probes)
{
    std::optional<TimelineStep::Status> worst;
    for (const QString &name : probes) {
        const TimelineStep *step = m_result ? probeStep(*m_result, name) : nullptr;
        if (step && (!worst || severityRank(step->status) > severityRank(*worst)))
            worst = step->status;
    }
    icon->setVisible(worst.has_value());
    if (!worst)
        return;
    icon->setPixmap(toneIcon(hd::toneOf(*worst)).pixmap(QSize(16, 16), devicePixelRatioF()));
    icon->setAccessibleName(StepDescriber::statusLabel(*worst));
    icon->setProperty("status", int(*worst));
}

void ExtraChecksPanel::renderVersions()
{
    m_versions->setRowCount(0);
    if (!m_result || !m_result->probes.protocolVersions.ran)
        return;
    const ProbeResults &probes = m_result->probes;
    const QList<VersionSupport> &versions = probes.protocolVersions.versions;
    // Newest first, as a reader cares about it most.
    for (auto v = versions.crbegin(); v != versions.crend(); ++v) {
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        m_versions->setItem(row, 0, item(tls::versionName(v->version)));
        m_versions->setItem(row, 1, item(ReportText::support(v->support, v->how), toneOf(v->support)));
        QStringList suites;
        const auto list = std::find_if(probes.cipherSuites.versions.cbegin(), probes.cipherSuites.versions.cend(),
                                       [&v](const SuiteList &l) { return l.version == v->version; });
        if (list != probes.cipherSuites.versions.cend()) {
            for (const quint16 suite : list->suites)
                suites << tls::suiteName(suite);
            if (!list->suites.isEmpty() && list->serverOrder)
                suites << tr("(in the server's order of preference)");
            if (!list->suites.isEmpty() && !list->complete)
                suites << tr("(the list may be incomplete)");
        }
        m_versions->setItem(row, 2, item(suites.join(QLatin1Char('\n'))));
    }
    fitHeight(m_versions);
}

void ExtraChecksPanel::renderKeyExchange()
{
    if (!m_result || !m_result->probes.keyExchange.ran) {
        m_keyExchange->setText(ReportText::support(Support::Unknown));
        return;
    }
    const KeyExchangeResult &kx = m_result->probes.keyExchange;
    const QString groups = kx.groups.isEmpty() ? tr("none") : kx.groups.join(tr(", ", "between group names"));
    const QString dh = kx.dhe == Support::Accepted && kx.dhBits > 0 ? tr("%1-bit group").arg(kx.dhBits)
                                                                      : ReportText::support(kx.dhe);
    QStringList lines{tr("Elliptic curves: %1").arg(groups), tr("Finite-field Diffie-Hellman: %1").arg(dh)};
    if (!kx.unknownGroups.isEmpty())
        lines << tr("Could not tell: %1 (%2)")
                     .arg(kx.unknownGroups.join(tr(", ", "between group names")), ReportText::probeAnswer(kx.unknownBecause));
    m_keyExchange->setText(lines.join(QLatin1Char('\n')));
}

void ExtraChecksPanel::renderCompatibility()
{
    m_compatibility->setRowCount(0);
    const bool any = m_result && !m_result->compatibility.isEmpty();
    m_compatibilityHeading->setVisible(any);
    m_compatibility->setVisible(any);
    if (!any)
        return;
    for (const CompatibilityRow &entry : m_result->compatibility) {
        const int row = m_compatibility->rowCount();
        m_compatibility->insertRow(row);
        m_compatibility->setItem(row, 0, item(Compatibility::clientName(entry.clientId)));
        switch (entry.outcome) {
        case CompatibilityRow::Outcome::Connects:
            m_compatibility->setItem(row, 1, item(tr("Yes"), Tone::Good));
            m_compatibility->setItem(row, 2, item(QStringLiteral("%1, %2").arg(entry.version, entry.cipher)));
            break;
        case CompatibilityRow::Outcome::Fails:
            m_compatibility->setItem(row, 1, item(tr("No"), entry.current ? Tone::Bad : Tone::Warning));
            m_compatibility->setItem(row, 2, item(Compatibility::explain(entry)));
            break;
        case CompatibilityRow::Outcome::Unknown:
            m_compatibility->setItem(row, 1, item(ReportText::support(Support::Unknown), Tone::Pending));
            m_compatibility->setItem(row, 2, item(Compatibility::explain(entry)));
            break;
        }
    }
    fitHeight(m_compatibility);
}

void ExtraChecksPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace hd
