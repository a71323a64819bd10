#include "OptionsDialog.h"

#include "Appearance.h"
#include "FileDialog.h"
#include "net/ProxyTunnel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace hd {

namespace {

// The spin box counts whole seconds, inside core's limits for every front end.
constexpr int kMinTimeoutSeconds = (kMinTimeoutMs + 999) / 1000;
constexpr int kMaxTimeoutSeconds = kMaxTimeoutMs / 1000;

QLabel *hintLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

OptionsDialog::OptionsDialog(const DiagnosisOptions &options, QWidget *parent) : QDialog(parent), m_options(options)
{
    setObjectName(QStringLiteral("optionsDialog"));

    m_timeoutLabel = new QLabel(this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeout->setRange(kMinTimeoutSeconds, kMaxTimeoutSeconds);
    m_timeout->setValue(qBound(kMinTimeoutSeconds, (options.timeoutMs + 999) / 1000, kMaxTimeoutSeconds));
    m_timeoutLabel->setBuddy(m_timeout);

    m_caFileLabel = new QLabel(this);
    m_caFile = new QLineEdit(options.extraCaFile, this);
    m_caFile->setObjectName(QStringLiteral("caFileLineEdit"));
    m_caFile->setClearButtonEnabled(true);
    m_caFileLabel->setBuddy(m_caFile);
    m_browse = new QToolButton(this);
    m_browse->setObjectName(QStringLiteral("caFileBrowseButton"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    m_caFileHint = hintLabel(this, "caFileHintLabel");

    m_overrideLabel = new QLabel(this);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("addressOverrideLineEdit"));
    m_override->setClearButtonEnabled(true);
    if (options.addressOverride.isSet()) {
        const QHostAddress &address = options.addressOverride.address;
        const QString addressText = address.protocol() == QAbstractSocket::IPv6Protocol
                                        ? QStringLiteral("[%1]").arg(address.toString())
                                        : address.toString();
        m_override->setText(QStringLiteral("%1:%2:%3").arg(options.addressOverride.host)
                                .arg(options.addressOverride.port).arg(addressText));
    }
    m_overrideLabel->setBuddy(m_override);
    m_overrideHint = hintLabel(this, "addressOverrideHintLabel");

    m_fetchIssuers = new QCheckBox(this);
    m_fetchIssuers->setObjectName(QStringLiteral("fetchIssuersCheckBox"));
    m_fetchIssuers->setChecked(options.fetchMissingIssuers);

    m_proxyLabel = new QLabel(this);
    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(QStringLiteral("proxyModeComboBox"));
    m_proxyLabel->setBuddy(m_proxyMode);
    m_proxy = new QLineEdit(options.proxyUrl, this);
    m_proxy->setObjectName(QStringLiteral("proxyLineEdit"));
    m_proxy->setClearButtonEnabled(true);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxy, 1);
    m_proxyHint = hintLabel(this, "proxyHintLabel");

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("optionsErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, toneColor(Tone::Bad));
    m_error->setPalette(errorPalette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(QStringLiteral("optionsButtonBox"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_caFileLabel, caRow);
    form->addRow(QString(), m_caFileHint);
    form->addRow(m_overrideLabel, m_override);
    form->addRow(QString(), m_overrideHint);
    form->addRow(QString(), m_fetchIssuers);
    form->addRow(m_proxyLabel, proxyRow);
    form->addRow(QString(), m_proxyHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &OptionsDialog::restoreDefaults);
    connect(m_browse, &QToolButton::clicked, this, &OptionsDialog::browseCaFile);
    connect(m_caFile, &QLineEdit::textChanged, this, &OptionsDialog::validate);
    connect(m_override, &QLineEdit::textChanged, this, &OptionsDialog::validate);
    connect(m_proxy, &QLineEdit::textChanged, this, &OptionsDialog::validate);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &OptionsDialog::validate);

    retranslateUi();
    m_proxyMode->setCurrentIndex(int(options.proxyMode));
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void OptionsDialog::retranslateUi()
{
    setWindowTitle(tr("Options"));
    m_timeoutLabel->setText(tr("&Give up after:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for the whole diagnosis before reporting a timeout."));
    m_caFileLabel->setText(tr("Also &trust CAs in:"));
    m_caFile->setPlaceholderText(tr("PEM file with your organisation's root certificate"));
    m_browse->setText(tr("Browse…"));
    m_caFileHint->setText(tr("For internal networks: certificates in this file are trusted in addition to this computer's trusted authorities."));
    m_overrideLabel->setText(tr("&Connect to address:"));
    m_override->setPlaceholderText(tr("host:port:address, for example example.com:443:192.0.2.10"));
    m_overrideHint->setText(tr("Test a server before DNS points to it: connect to this address instead of looking the name up. Used for this session only."));
    m_fetchIssuers->setText(tr("&Download missing intermediate certificates (AIA) to confirm an incomplete chain"));
    m_proxyLabel->setText(tr("&Proxy:"));
    const int mode = qMax(0, m_proxyMode->currentIndex());
    m_proxyMode->clear(); // in ProxyMode's order
    m_proxyMode->addItems({tr("The system's"), tr("None"), tr("This one:")});
    m_proxyMode->setCurrentIndex(mode);
    m_proxy->setPlaceholderText(tr("http://proxy.example:3128 or http://user:password@proxy.example:3128"));
    m_proxyHint->setText(tr("Connections go the way the browser's do: through the proxy this computer's settings name, unless you choose none or give one here. A password given here is kept for this session only."));
    validate();
}

QString OptionsDialog::problem() const
{
    const QString caFile = m_caFile->text().trimmed();
    if (!caFile.isEmpty()) {
        const QFileInfo info(caFile);
        if (!info.exists())
            return tr("The CA file “%1” does not exist.").arg(QDir::toNativeSeparators(caFile));
        if (!info.isFile() || !info.isReadable())
            return tr("The CA file “%1” cannot be read.").arg(QDir::toNativeSeparators(caFile));
    }
    const QString override = m_override->text().trimmed();
    AddressOverride parsed;
    if (!override.isEmpty() && !AddressOverride::parse(override, &parsed))
        return tr("Write the address override as host:port:address, for example example.com:443:192.0.2.10 or example.com:443:[2001:db8::1].");
    ProxyServer proxy;
    if (ProxyMode(m_proxyMode->currentIndex()) == ProxyMode::Given && !ProxyServer::parse(m_proxy->text(), &proxy))
        return tr("Write the proxy as an HTTP proxy's address, for example http://proxy.example:3128.");
    return {};
}

void OptionsDialog::validate()
{
    m_proxy->setEnabled(ProxyMode(m_proxyMode->currentIndex()) == ProxyMode::Given);
    const QString text = problem();
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void OptionsDialog::browseCaFile()
{
    const QString start = m_caFile->text().isEmpty() ? QDir::homePath() : QFileInfo(m_caFile->text()).absolutePath();
    const QString path = FileDialog::openFileName(this, tr("Choose a CA File"), start,
                                                  tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(path));
}

void OptionsDialog::restoreDefaults()
{
    const DiagnosisOptions defaults;
    m_timeout->setValue(defaults.timeoutMs / 1000);
    m_caFile->clear();
    m_override->clear();
    m_fetchIssuers->setChecked(defaults.fetchMissingIssuers);
    m_proxyMode->setCurrentIndex(int(defaults.proxyMode));
    m_proxy->clear();
}

DiagnosisOptions OptionsDialog::options() const
{
    DiagnosisOptions options = m_options;
    options.timeoutMs = m_timeout->value() * 1000;
    options.extraCaFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    options.addressOverride = {};
    const QString override = m_override->text().trimmed();
    if (!override.isEmpty())
        AddressOverride::parse(override, &options.addressOverride);
    options.fetchMissingIssuers = m_fetchIssuers->isChecked();
    options.proxyMode = ProxyMode(m_proxyMode->currentIndex());
    options.proxyUrl = options.proxyMode == ProxyMode::Given ? m_proxy->text().trimmed() : QString();
    return options;
}

void OptionsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace hd
