#include "AboutDialog.h"

#include "Appearance.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <openssl/crypto.h>

namespace hd {

namespace {

constexpr int kIconSize = 64;

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(resourceIcon("handshake-doctor").pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    m_title = plainLabel(this, "aboutTitleLabel");
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description = plainLabel(this, "aboutDescriptionLabel");
    m_versions = plainLabel(this, "aboutVersionsLabel");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_description);
    text->addSpacing(8);
    text->addWidget(m_versions);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(460);
}

QString AboutDialog::versionReport()
{
    return tr("Qt %1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)) + QLatin1Char('\n')
           + QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Handshake Doctor"));
    m_title->setText(tr("Handshake Doctor %1").arg(QStringLiteral(HD_VERSION)));
    m_description->setText(tr("Finds out why a secure (TLS) connection to a web address fails, explains it in plain "
                              "words, and says who can fix it and how."));
    m_versions->setText(versionReport());
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace hd
