#pragma once

#include "DiagnosisResult.h"

#include <QColor>
#include <QIcon>

class QLabel;
class QPalette;
class QWidget;

namespace hd {

// How good or bad something is, for icons and colours. One mapping for the whole window
// and the PDF, so a red row in the timeline means the same as a red certificate.
enum class Tone { Neutral, Good, Info, Pending, Warning, Bad };

Tone toneOf(TimelineStep::Status status);
Tone toneOf(Severity severity);
Tone toneOf(Verdict verdict);

// A wrapping, selectable label that shows its text as plain text, never as markup:
// certificate fields and other server text pass through these.
QLabel *plainLabel(QWidget *parent, const char *objectName = nullptr);
// The same in bold: a heading within a panel or card.
QLabel *headingLabel(QWidget *parent, const char *objectName = nullptr);

QIcon resourceIcon(const char *name);  // ":/icons/<name>.svg": vector, sharp at any scale
QIcon toneIcon(Tone tone);
QColor toneColor(Tone tone);           // an accent readable on light and dark backgrounds
// A background tint that keeps the palette's own text colour readable, in light and dark
// palettes alike.
QColor toneBackground(const QPalette &palette, Tone tone);

} // namespace hd
