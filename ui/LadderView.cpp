#include "LadderView.h"

#include "Appearance.h"
#include "ResultText.h"
#include "StepDescriber.h"
#include "TimelineModel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QHash>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QScrollArea>

#include <algorithm>

namespace hd {

namespace {

// Rows come in the order the steps were reported: a message as it happens, anything longer
// (the handshake as a whole, HTTP, a probe) when it is over. The time beside a row is that
// moment, so the times read top to bottom.
double rowTimeMs(const TimelineStep &step)
{
    const bool instant = step.kind == TimelineStep::Kind::TlsMessage || step.kind == TimelineStep::Kind::TlsAlert;
    return instant ? step.startMs : step.startMs + step.durationMs;
}

constexpr int kHeaderHeight = 34;
constexpr int kRowHeight = 30;
constexpr int kTimeColumn = 70; // at least; wider when the times need it
constexpr int kMinimumWidth = 560;

// The diagram to assistive technology: a list with one item per step, named by its words
// and its status, as the table would be.
class LadderStepAccessible : public QAccessibleInterface
{
public:
    LadderStepAccessible(LadderView *view, int row) : m_view(view), m_row(row) {}
    bool isValid() const override { return m_view && m_view->step(m_row); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    void setText(QAccessible::Text, const QString &) override {}
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QString text(QAccessible::Text t) const override
    {
        const TimelineStep *s = isValid() ? m_view->step(m_row) : nullptr;
        if (!s)
            return {};
        if (t == QAccessible::Name)
            return LadderView::tr("%1: %2").arg(LadderView::label(*s), StepDescriber::statusLabel(s->status));
        if (t == QAccessible::Description)
            return StepDescriber::describe(*s).detail;
        return {};
    }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_view->rowRect(m_row);
        return QRect(m_view->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.selected = isValid() && m_view->selectedRow() == m_row;
        return state;
    }

private:
    QPointer<LadderView> m_view;
    int m_row;
};

class LadderAccessible : public QAccessibleWidget
{
public:
    explicit LadderAccessible(QWidget *widget) : QAccessibleWidget(widget, QAccessible::List) {}
    ~LadderAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }
    int childCount() const override { return view()->stepCount(); }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        if (!m_children.contains(index))
            m_children.insert(index, QAccessible::registerAccessibleInterface(new LadderStepAccessible(view(), index)));
        return QAccessible::accessibleInterface(m_children.value(index));
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
            if (QAccessible::accessibleInterface(it.value()) == child)
                return it.key();
        }
        return -1;
    }

private:
    LadderView *view() const { return static_cast<LadderView *>(widget()); }
    mutable QHash<int, QAccessible::Id> m_children;
};

QAccessibleInterface *ladderAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("hd::LadderView") && object && object->isWidgetType())
        return new LadderAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

bool isFatalAlert(const TimelineStep &step)
{
    return step.kind == TimelineStep::Kind::TlsAlert && step.status == TimelineStep::Status::Failed;
}

} // namespace

LadderView::LadderView(QWidget *parent) : QWidget(parent)
{
    static const bool accessible = (QAccessible::installFactory(ladderAccessibleFactory), true);
    Q_UNUSED(accessible);
    setObjectName(QStringLiteral("ladderView"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(kMinimumWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateAccessibleText();
}

void LadderView::clear()
{
    m_highlighted.clear();
    m_steps.clear();
    m_timelineIndexes.clear();
    m_nextIndex = 0;
    m_selected = -1;
    updateGeometry();
    setFixedHeight(sizeHint().height());
    updateAccessibleText();
    update();
}

void LadderView::addStep(const TimelineStep &step)
{
    const int index = m_nextIndex++;
    if (isExtraCheckStep(step)) // summarized in their own panel
        return;
    m_steps << step;
    m_timelineIndexes << index;
    setFixedHeight(sizeHint().height());
    update();
}

void LadderView::setSteps(const QList<TimelineStep> &steps)
{
    clear();
    for (const TimelineStep &step : steps)
        addStep(step);
    selectRow(failingRow());
}

const TimelineStep *LadderView::step(int row) const
{
    return row >= 0 && row < m_steps.size() ? &m_steps[row] : nullptr;
}

int LadderView::failingRow() const
{
    for (int row = 0; row < m_steps.size(); ++row) {
        if (isFatalAlert(m_steps[row]))
            return row;
    }
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps[row].status == TimelineStep::Status::Failed)
            return row;
    }
    return -1;
}

int LadderView::rowOfTimelineIndex(int index) const
{
    return int(m_timelineIndexes.indexOf(index));
}

int LadderView::timelineIndexOf(int row) const
{
    return m_timelineIndexes.value(row, -1);
}

QRect LadderView::rowRect(int row) const
{
    return QRect(0, kHeaderHeight + row * kRowHeight, width(), kRowHeight);
}

void LadderView::highlightSteps(const QList<int> &timelineIndexes)
{
    m_highlighted.clear();
    for (const int index : timelineIndexes) {
        if (const int row = rowOfTimelineIndex(index); row >= 0)
            m_highlighted << row;
    }
    std::sort(m_highlighted.begin(), m_highlighted.end());
    if (!m_highlighted.isEmpty())
        selectRow(m_highlighted.first());
    update();
}

void LadderView::selectRow(int row)
{
    m_selected = row >= 0 && row < m_steps.size() ? row : -1;
    if (m_selected >= 0) {
        scrollToSelected();
        // Once the scroll area has taken this widget's new height, too.
        QMetaObject::invokeMethod(this, &LadderView::scrollToSelected, Qt::QueuedConnection);
    }
    updateAccessibleText();
    update();
}

void LadderView::scrollToSelected()
{
    // The scroll area is the parent of the viewport that holds this widget.
    auto *area = qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr);
    if (!area || m_selected < 0)
        return;
    // When the view shrinks (the banner grows, another language), the step stays in view.
    area->viewport()->installEventFilter(this);
    const QRect r = rowRect(m_selected);
    area->ensureVisible(r.center().x(), r.center().y(), 0, kRowHeight * 2);
}

QSize LadderView::sizeHint() const
{
    return QSize(kMinimumWidth, heightFor(int(m_steps.size())));
}

LadderView::Arrow LadderView::arrowOf(const TimelineStep &step)
{
    using K = TimelineStep::Kind;
    const bool received = step.direction == TimelineStep::Direction::Received;
    switch (step.kind) {
    case K::Resolve: return {Lane::Client, Lane::Dns};
    case K::Connect:
    case K::Http: return {Lane::Client, Lane::Server};
    case K::TlsMessage:
    case K::TlsAlert:
    case K::PlainText:
        if (step.direction == TimelineStep::Direction::None)
            return {Lane::Client, Lane::Client};
        return received ? Arrow{Lane::Server, Lane::Client} : Arrow{Lane::Client, Lane::Server};
    case K::TlsEstablished:
    case K::TlsFailed:
    case K::CertificateCheck: return {Lane::Client, Lane::Client};
    case K::Proxy: return step.name == QLatin1String("dns") ? Arrow{Lane::Client, Lane::Dns} : Arrow{Lane::Client, Lane::Proxy};
    case K::IssuerFetch: return {Lane::Client, Lane::Authority};
    case K::Probe:
        return step.name == QLatin1String("revocation") ? Arrow{Lane::Client, Lane::Authority}
                                                        : Arrow{Lane::Client, Lane::Server};
    }
    return {Lane::Client, Lane::Client};
}

// The name server, the proxy and the authority's server only when a step went to them.
QList<LadderView::Lane> LadderView::lanes(const QList<TimelineStep> &steps)
{
    QList<Lane> used;
    for (const TimelineStep &step : steps)
        used << arrowOf(step).to;
    QList<Lane> out;
    for (const Lane lane : {Lane::Dns, Lane::Client, Lane::Proxy, Lane::Server, Lane::Authority}) {
        if (lane == Lane::Client || lane == Lane::Server || used.contains(lane))
            out << lane;
    }
    return out;
}

int LadderView::laneX(const QList<Lane> &shown, Lane lane, int width, int timeColumn)
{
    const int index = int(shown.indexOf(lane));
    const int usable = width - timeColumn - 20;
    return timeColumn + 10 + usable * (2 * qMax(index, 0) + 1) / (2 * int(shown.size()));
}

QString LadderView::laneName(Lane lane)
{
    switch (lane) {
    case Lane::Dns: return tr("Name server (DNS)");
    case Lane::Client: return tr("This computer");
    case Lane::Proxy: return tr("Proxy");
    case Lane::Server: return tr("Server");
    case Lane::Authority: return tr("Certificate authority");
    }
    return {};
}

QString LadderView::label(const TimelineStep &step)
{
    return StepDescriber::sentence(step);
}

int LadderView::heightFor(int rows)
{
    return kHeaderHeight + rows * kRowHeight + kRowHeight / 2;
}

QStringList LadderView::laneNames(const QList<TimelineStep> &steps)
{
    QStringList names;
    for (const Lane lane : lanes(steps))
        names << laneName(lane);
    return names;
}

QString LadderView::paintedText(const QList<TimelineStep> &steps)
{
    QString text = QStringLiteral("…") + laneNames(steps).join(QString());
    for (const TimelineStep &step : steps)
        text += label(step) + ResultText::offset(rowTimeMs(step));
    return text;
}

QList<TimelineStep> LadderView::drawnSteps(const QList<TimelineStep> &timeline)
{
    QList<TimelineStep> out;
    for (const TimelineStep &step : timeline) {
        if (!isExtraCheckStep(step)) // summarized in their own panel
            out << step;
    }
    return out;
}

void LadderView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    paintRows(&painter, m_steps, width(), 0, int(m_steps.size()), {palette(), font(), m_selected, hasFocus(), m_highlighted});
}

void LadderView::paintRows(QPainter *painter, const QList<TimelineStep> &steps, int width, int first, int count,
                           const Style &style)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = style.palette;
    const QList<Lane> shown = lanes(steps);
    const int last = qMin(first + count, int(steps.size()));
    painter->setFont(style.font);
    int timeColumn = kTimeColumn; // "+10.1 毫秒" is wider than "+10.1 ms"
    for (const TimelineStep &step : steps)
        timeColumn = qMax(timeColumn, painter->fontMetrics().horizontalAdvance(ResultText::offset(rowTimeMs(step))) + 12);
    const auto rowRect = [&](int row) { return QRect(0, kHeaderHeight + (row - first) * kRowHeight, width, kRowHeight); };

    QFont bold = style.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(pal.color(QPalette::Text));
    const int bottom = heightFor(last - first) - 4;
    for (const Lane lane : shown) {
        const int x = laneX(shown, lane, width, timeColumn);
        // As wide as a lane, on two lines when needed: five lanes share a narrow pane.
        const int spacing = (width - timeColumn - 20) / int(shown.size());
        const QRect name = QRect(x - spacing / 2 + 3, 2, spacing - 6, kHeaderHeight - 4).intersected(QRect(0, 0, width, kHeaderHeight));
        painter->drawText(name, Qt::AlignCenter | Qt::TextWordWrap, laneName(lane));
        painter->setPen(QPen(pal.color(QPalette::Mid), 2));
        painter->drawLine(x, kHeaderHeight, x, bottom);
        painter->setPen(pal.color(QPalette::Text));
    }
    painter->setFont(style.font);

    for (int row = first; row < last; ++row) {
        const TimelineStep &s = steps[row];
        const QRect r = rowRect(row);
        const QColor background = row == style.selected ? pal.color(QPalette::Highlight).lighter(style.focused ? 170 : 185)
                                  : style.highlighted.contains(row) ? pal.color(QPalette::Highlight).lighter(192)
                                                                    : pal.color(QPalette::Base);
        if (background != pal.color(QPalette::Base))
            painter->fillRect(r, background);
        if (style.highlighted.contains(row))
            painter->fillRect(QRect(r.left(), r.top(), 4, r.height()), pal.color(QPalette::Highlight));
        const Tone tone = toneOf(s.status);
        const bool marked = tone == Tone::Bad || tone == Tone::Warning;
        const QColor ink = marked ? toneColor(tone) : pal.color(QPalette::Text);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(QRect(4, r.top(), timeColumn - 8, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                          ResultText::offset(rowTimeMs(s)));

        const Arrow arrow = arrowOf(s);
        const QString title = label(s);
        QFont labelFont = style.font;
        labelFont.setBold(marked);
        painter->setFont(labelFont);
        const int y = r.center().y() + 4;
        if (arrow.from == arrow.to) {
            const int x = laneX(shown, arrow.from, width, timeColumn);
            const int textWidth = painter->fontMetrics().horizontalAdvance(title) + 16;
            const QRect box(x - 6, r.top() + 4, qMin(textWidth, width - x - 4), r.height() - 8);
            painter->setPen(QPen(ink, marked ? 2 : 1));
            painter->setBrush(marked ? toneBackground(pal, tone) : pal.color(QPalette::AlternateBase));
            painter->drawRoundedRect(box, 4, 4);
            painter->setPen(ink);
            painter->drawText(box.adjusted(8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                              painter->fontMetrics().elidedText(title, Qt::ElideRight, box.width() - 12));
        } else {
            const int x1 = laneX(shown, arrow.from, width, timeColumn);
            const int x2 = laneX(shown, arrow.to, width, timeColumn);
            painter->setPen(QPen(ink, marked ? 2.5 : 1.5));
            painter->drawLine(x1, y, x2, y);
            const int dir = x2 > x1 ? -1 : 1;
            QPainterPath head;
            head.moveTo(x2, y);
            head.lineTo(x2 + dir * 9, y - 5);
            head.lineTo(x2 + dir * 9, y + 5);
            head.closeSubpath();
            painter->fillPath(head, ink);
            // A sentence is often wider than its arrow: centred over it, it may reach past the
            // lanes to either side, but not off the drawing.
            const int room = width - timeColumn - 8;
            const int textWidth = qMin(painter->fontMetrics().horizontalAdvance(title) + 4, room);
            const int left = qBound(timeColumn + 4, (x1 + x2 - textWidth) / 2, width - 4 - textWidth);
            const QRect label(left, r.top(), textWidth, y - r.top() - 1);
            painter->fillRect(label.adjusted(0, 2, 0, 0), background); // the lanes' lines pass behind it
            painter->setPen(ink);
            painter->drawText(label, Qt::AlignHCenter | Qt::AlignBottom,
                              painter->fontMetrics().elidedText(title, Qt::ElideRight, label.width()));
        }
        painter->setFont(style.font);
    }
    painter->restore();
}

void LadderView::mousePressEvent(QMouseEvent *event)
{
    const int row = (int(event->position().y()) - kHeaderHeight) / kRowHeight;
    if (event->position().y() >= kHeaderHeight && row < m_steps.size()) {
        selectRow(row);
        emit stepActivated(timelineIndexOf(row));
    }
    QWidget::mousePressEvent(event);
}

void LadderView::keyPressEvent(QKeyEvent *event)
{
    if (m_steps.isEmpty())
        return QWidget::keyPressEvent(event);
    if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
        const int next = qBound(0, m_selected + (event->key() == Qt::Key_Down ? 1 : -1), int(m_steps.size()) - 1);
        selectRow(next);
        emit stepActivated(timelineIndexOf(next));
        return;
    }
    QWidget::keyPressEvent(event);
}

bool LadderView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == parentWidget())
        QMetaObject::invokeMethod(this, &LadderView::scrollToSelected, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void LadderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    }
    QWidget::changeEvent(event);
}

// The drawing is one widget: screen readers get the selected step in words.
void LadderView::updateAccessibleText()
{
    setAccessibleName(tr("Handshake diagram"));
    const TimelineStep *selected = step(m_selected);
    setAccessibleDescription(selected ? tr("%1: %2").arg(StepDescriber::describe(*selected).title,
                                                          StepDescriber::statusLabel(selected->status))
                                      : QString());
}

} // namespace hd
