#pragma once

#include "DiagnosisResult.h"

#include <QCoreApplication>

namespace hd {

// A result in plain words for the window, in the language installed now: the banner,
// durations, and the help-desk summary (its blocks come from core's ReportText). Everything returned is plain text; core's
// strings may carry hostile certificate text and are never marked up here.
class ResultText
{
    Q_DECLARE_TR_FUNCTIONS(ResultText)
public:
    static QString idleHeadline();
    static QString runningHeadline(const Target &target);
    static QString verdictHeadline(const DiagnosisResult &result);
    static QString verdictDetail(const DiagnosisResult &result);
    static QString whatWasChecked(const DiagnosisResult &result); // for a healthy site, one line
    static QString verdictLabel(const DiagnosisResult &result); // "Problem found", "Works", ...


    static QString milliseconds(double ms);          // "2.5 ms", "3.01 s"
    static QString offset(double ms);                // "+2.5 ms"

    // A short plain-text summary for a ticket or a chat with the help desk.
    static QString helpDeskSummary(const DiagnosisResult &result);
    // Replaces control and bidirectional-formatting characters, so hostile certificate
    // text cannot reorder or hide what is pasted from the clipboard.
    static QString sanitized(const QString &text);
};

} // namespace hd
