#include "TimelinePanel.h"

#include "ViewState.h"

#include "DetailsHtml.h"
#include "TimelineModel.h"

#include <QIODevice>
#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace hd {

TimelinePanel::TimelinePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_model = new TimelineModel(this);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAllColumnsShowFocus(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(TimelineModel::StepColumn, 230);
    header->resizeSection(TimelineModel::StatusColumn, 80);
    header->resizeSection(TimelineModel::StartColumn, 80);
    header->resizeSection(TimelineModel::DurationColumn, 80);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("stepDetailsBrowser"));
    m_details->setOpenLinks(false);
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelinePanel::showDetails);
    // Live rows: keep the handshake's messages visible as they arrive.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            for (int row = first; row <= last; ++row)
                m_view->expand(m_model->index(row, 0));
        }
    });
    // The running handshake row gets its summary later; its details change with it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelinePanel::showDetails);
    showDetails();
}

void TimelinePanel::clear()
{
    m_model->clear();
    showDetails();
}

void TimelinePanel::addStep(const TimelineStep &step)
{
    m_model->addStep(step);
}

void TimelinePanel::setSteps(const QList<TimelineStep> &steps)
{
    m_model->setSteps(steps);
    m_view->expandAll();
    m_view->resizeColumnToContents(TimelineModel::StepColumn);
    const QModelIndex failing = m_model->failingIndex();
    if (failing.isValid()) {
        m_view->setCurrentIndex(failing);
        m_view->scrollTo(failing);
    }
    showDetails();
}

void TimelinePanel::selectStep(const TimelineStep &step)
{
    const QModelIndex index = m_model->indexOf(step);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TimelinePanel::showDetails()
{
    const TimelineStep *step = m_model->step(m_view->currentIndex());
    if (step) {
        m_details->setHtml(DetailsHtml::step(*step));
        return;
    }
    const QString hint = m_model->rowCount() == 0 ? tr("The steps of the connection will appear here.")
                                                  : tr("Select a step to see its details.");
    m_details->setHtml(QStringLiteral("<p>%1</p>").arg(DetailsHtml::escape(hint)));
}

QByteArray TimelinePanel::saveState() const
{
    return saveViewState(m_splitter, m_view->header());
}

void TimelinePanel::restoreState(const QByteArray &state)
{
    restoreViewState(state, m_splitter, m_view->header());
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        showDetails();
    }
    QWidget::changeEvent(event);
}

} // namespace hd
