#pragma once

#include "DiagnosisResult.h"

#include <QCoreApplication>

namespace hd {

// A result in plain words, in the language installed now: the verdict sentence, who can
// fix it, durations, and the help-desk summary. Everything returned is plain text; core's
// strings may carry hostile certificate text and are never marked up here.
class ResultText
{
    Q_DECLARE_TR_FUNCTIONS(ResultText)
public:
    static QString idleHeadline();
    static QString runningHeadline(const Target &target);
    static QString verdictHeadline(const DiagnosisResult &result);
    static QString verdictDetail(const DiagnosisResult &result);
    static QString verdictLabel(const DiagnosisResult &result); // "Problem found", "Works", ...

    static QString whoCanFix(FixedBy fixedBy);       // a sentence: "Only the site's owner can fix this."
    static QString fixStepsHeading(FixedBy fixedBy); // what the numbered steps are for

    static QString milliseconds(double ms);          // "2.5 ms", "3.01 s"
    static QString offset(double ms);                // "+2.5 ms"
    static QString dateTime(const QDateTime &when);  // long local form with time zone

    // A short plain-text summary for a ticket or a chat with the help desk.
    static QString helpDeskSummary(const DiagnosisResult &result);
    // Replaces control and bidirectional-formatting characters, so hostile certificate
    // text cannot reorder or hide what is pasted from the clipboard.
    static QString sanitized(const QString &text);
};

} // namespace hd
