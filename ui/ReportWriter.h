#pragma once

#include "DiagnosisResult.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

namespace hd {

// The PDF report: target, date, verdict, cause/fix cards, timeline and chain, in the
// language installed now, with page numbers. Built as HTML in which every string from
// core or from a certificate is escaped.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    static QString html(const DiagnosisResult &result);
    static bool writePdf(const DiagnosisResult &result, const QString &path, const QPageSize &pageSize,
                         QString *error);

    // US Letter where CLDR says people use it, A4 everywhere else.
    static QPageSize pageSizeFor(const QLocale &locale);
    // The locale for paper: LC_ALL, LC_PAPER or LANG as POSIX defines, else the system's.
    static QLocale paperLocale();
    static QString suggestedFileName(const DiagnosisResult &result);
};

} // namespace hd
