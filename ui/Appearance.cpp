#include "Appearance.h"

#include <QHash>
#include <QLabel>
#include <QPalette>

namespace hd {

Tone toneOf(TimelineStep::Status status)
{
    switch (status) {
    case TimelineStep::Status::Ok: return Tone::Good;
    case TimelineStep::Status::Info: return Tone::Info;
    case TimelineStep::Status::Warning: return Tone::Warning;
    case TimelineStep::Status::Failed: return Tone::Bad;
    case TimelineStep::Status::Skipped: return Tone::Neutral;
    }
    return Tone::Neutral;
}

Tone toneOf(Severity severity)
{
    switch (severity) {
    case Severity::Error: return Tone::Bad;
    case Severity::Warning: return Tone::Warning;
    case Severity::Info: return Tone::Info;
    }
    return Tone::Neutral;
}

Tone toneOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok: return Tone::Good;
    case Verdict::Warning: return Tone::Warning;
    case Verdict::Fail: return Tone::Bad;
    }
    return Tone::Neutral;
}

QLabel *plainLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Selectable by keyboard too, so every result can be copied without a mouse (a click
    // or the banner's focus puts the caret in it; Qt keeps such labels out of the Tab chain).
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *headingLabel(QWidget *parent, const char *objectName)
{
    QLabel *label = plainLabel(parent, objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QIcon resourceIcon(const char *name)
{
    static QHash<QString, QIcon> cache;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    auto it = cache.find(path);
    if (it == cache.end())
        it = cache.insert(path, QIcon(path));
    return *it;
}

QIcon toneIcon(Tone tone)
{
    switch (tone) {
    case Tone::Good: return resourceIcon("status-ok");
    case Tone::Info: return resourceIcon("status-info");
    case Tone::Pending: return resourceIcon("status-pending");
    case Tone::Warning: return resourceIcon("status-warning");
    case Tone::Bad: return resourceIcon("status-failed");
    case Tone::Neutral: return resourceIcon("status-skipped");
    }
    return {};
}

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good: return QColor(0x2e, 0x9d, 0x3a);
    case Tone::Info: return QColor(0x1e, 0x6f, 0xd0);
    case Tone::Pending: return QColor(0x1e, 0x6f, 0xd0);
    case Tone::Warning: return QColor(0xe0, 0x9a, 0x00);
    case Tone::Bad: return QColor(0xd3, 0x2f, 0x2f);
    case Tone::Neutral: return QColor(0x8a, 0x8f, 0x98);
    }
    return {};
}

QColor toneBackground(const QPalette &palette, Tone tone)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Neutral)
        return palette.color(QPalette::AlternateBase);
    const QColor accent = toneColor(tone);
    // Dark bases need a stronger tint for the colour to show at all.
    const qreal amount = base.lightnessF() < 0.5 ? 0.30 : 0.16;
    return QColor::fromRgbF(base.redF() + (accent.redF() - base.redF()) * amount,
                            base.greenF() + (accent.greenF() - base.greenF()) * amount,
                            base.blueF() + (accent.blueF() - base.blueF()) * amount);
}

} // namespace hd
