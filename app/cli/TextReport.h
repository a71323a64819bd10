#pragma once

#include "DiagnosisResult.h"

#include <QCoreApplication>

// The human-readable CLI report. Server-supplied text is stripped of control
// characters so a hostile certificate cannot drive the terminal.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
public:
    static QString render(const hd::DiagnosisResult &result);
};
