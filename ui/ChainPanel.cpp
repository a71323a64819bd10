#include "ChainPanel.h"

#include "ViewState.h"

#include "Appearance.h"
#include "ChainModel.h"
#include "DetailsHtml.h"
#include "FileDialog.h"

#include <QIODevice>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace hd {

namespace {

constexpr int kNameColumnWidth = 260;

// A file name from a certificate's name, which the server chose: keep only characters
// that are harmless in any file system, so "../../x" or "CON" cannot steer the save.
QString suggestedFileName(const QString &certificateName)
{
    QString base = certificateName;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    base.remove(QRegularExpression(QStringLiteral("^[._]+")));
    base = base.left(60);
    if (base.isEmpty())
        base = QStringLiteral("certificate");
    return base + QStringLiteral(".pem");
}

} // namespace

ChainPanel::ChainPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chainPanel"));
    m_model = new ChainModel(this);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("chainTreeView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(ChainModel::NameColumn, kNameColumnWidth);
    m_view->header()->resizeSection(ChainModel::StatusColumn, 170);
    m_view->header()->resizeSection(ChainModel::ValidityColumn, 150);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("certificateDetailsBrowser"));
    m_details->setOpenLinks(false);
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    m_savePem = new QPushButton(this);
    m_savePem->setObjectName(QStringLiteral("savePemButton"));
    m_savePem->setIcon(resourceIcon("save"));

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_savePem);
    detailsLayout->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("chainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(detailsPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChainPanel::showDetails);
    connect(m_savePem, &QPushButton::clicked, this, &ChainPanel::askAndSaveSelected);
    retranslateUi();
    showDetails();
}

void ChainPanel::retranslateUi()
{
    m_savePem->setText(tr("Save as PEM…"));
    m_savePem->setToolTip(tr("Save the selected certificate to a file, for example to send it to the site's owner."));
}

void ChainPanel::clear()
{
    m_model->clear();
    showDetails();
}

void ChainPanel::setResult(const DiagnosisResult &result)
{
    m_at = result.startedAt;
    m_model->setResult(result);
    m_view->expandAll();
    // Long names (and nesting) need room, but not all of it: the status must stay in view.
    m_view->resizeColumnToContents(ChainModel::NameColumn);
    // (The tab may be hidden, its viewport not laid out yet: hence the floor.)
    const int maxNameWidth = qMax(kNameColumnWidth, m_view->viewport()->width() * 2 / 5);
    if (m_view->columnWidth(ChainModel::NameColumn) > maxNameWidth)
        m_view->setColumnWidth(ChainModel::NameColumn, maxNameWidth);
    // The leaf first: it is the site's own certificate, the one a person asks about; the
    // tree's colours show where else the problems are.
    QModelIndex select = m_model->leafIndex();
    if (!select.isValid())
        select = m_model->firstProblemIndex();
    if (select.isValid())
        m_view->setCurrentIndex(select);
    showDetails();
}

bool ChainPanel::hasProblem() const
{
    return m_model->firstProblemIndex().isValid();
}

void ChainPanel::showDetails()
{
    const DisplayedCertificate *entry = m_model->entry(m_view->currentIndex());
    m_savePem->setEnabled(entry && entry->kind == DisplayedCertificate::Kind::Certificate && !entry->cert.der.isEmpty());
    if (entry) {
        m_details->setHtml(DetailsHtml::certificate(*entry, m_at));
        m_details->scrollToAnchor(QLatin1String(DetailsHtml::kOffendingAnchor)); // what the card talks about
        return;
    }
    const QString hint = m_model->rowCount() == 0 ? tr("The certificates the server sent will appear here.")
                                                  : tr("Select a certificate to see its details.");
    m_details->setHtml(QStringLiteral("<p>%1</p>").arg(DetailsHtml::escape(hint)));
}

void ChainPanel::askAndSaveSelected()
{
    const DisplayedCertificate *entry = m_model->entry(m_view->currentIndex());
    if (!entry || entry->kind != DisplayedCertificate::Kind::Certificate)
        return;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::saveFileName(this, tr("Save Certificate"),
                                                  QDir(directory).filePath(suggestedFileName(entry->cert.displayName())),
                                                  tr("PEM certificates (*.pem *.crt)"));
    if (!path.isEmpty())
        saveSelectedCertificate(path);
}

bool ChainPanel::saveSelectedCertificate(const QString &path)
{
    const DisplayedCertificate *entry = m_model->entry(m_view->currentIndex());
    if (!entry || entry->kind != DisplayedCertificate::Kind::Certificate)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry->cert.pem()) < 0 || !file.commit()) {
        emit errorOccurred(tr("The certificate could not be saved"),
                           tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    emit statusMessage(tr("Certificate saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QByteArray ChainPanel::saveState() const
{
    return saveViewState(m_splitter, m_view->header());
}

void ChainPanel::restoreState(const QByteArray &state)
{
    restoreViewState(state, m_splitter, m_view->header());
}

void ChainPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        showDetails();
    }
    QWidget::changeEvent(event);
}

} // namespace hd
