#include "ReportWriter.h"

#include "Appearance.h"
#include "ReportText.h"
#include "CertificateStatus.h"
#include "DetailsHtml.h"
#include "Language.h"
#include "PdfTextRepair.h"
#include "ResultText.h"
#include "TimelineModel.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace hd {

namespace {

constexpr int kResolution = 300;
constexpr qreal kBodyPointSize = 9.5;

using D = DetailsHtml;

QString esc(const QString &text)
{
    return D::escape(text);
}

// Tints for paper: always light, whatever the window's palette is.
QString paperTint(Tone tone)
{
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    return toneBackground(paper, tone).name();
}

QString summaryTable(const DiagnosisResult &result)
{
    QString html = D::tableStart();
    html += D::row(ReportWriter::tr("Address"), result.target.input);
    if (result.target.displayHost != result.target.host)
        html += D::row(ReportWriter::tr("Host name"), QStringLiteral("%1 (%2)").arg(result.target.displayHost, result.target.host));
    if (!result.usedAddress.isEmpty())
        html += D::row(ReportWriter::tr("Server address"), ReportWriter::tr("%1 port %2").arg(result.usedAddress).arg(result.target.port));
    html += D::row(ReportWriter::tr("Checked"), ResultText::dateTime(result.startedAt));
    html += D::row(ReportWriter::tr("Duration"), ResultText::milliseconds(result.durationMs));
    if (!result.tlsVersion.isEmpty())
        html += D::row(ReportWriter::tr("Connection"), QStringLiteral("%1, %2").arg(result.tlsVersion, result.cipher));
    html += D::row(ReportWriter::tr("Made with"), ReportWriter::tr("Handshake Doctor %1").arg(QStringLiteral(HD_VERSION)));
    return html + D::tableEnd();
}

QString verdictBox(const DiagnosisResult &result)
{
    const Tone tone = result.cancelled ? Tone::Neutral : toneOf(result.verdict());
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" bgcolor=\"%1\"><tr><td>")
                       .arg(paperTint(tone));
    html += QStringLiteral("<p>%1</p>").arg(D::colored(ResultText::verdictLabel(result), toneColor(tone)));
    QList<ReportText::Line> summary = ReportText::summaryBlock(result);
    html += QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p>").arg(esc(summary.takeFirst().text));
    html += ReportText::html(summary);
    return html + QStringLiteral("</td></tr></table>");
}

// The same block as the CLI report and the help-desk text (ReportText).
QString findingsSection(const DiagnosisResult &result)
{
    if (result.findings.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(esc(result.cancelled ? ReportWriter::tr("The diagnosis was cancelled, so no causes were determined.")
                                                                     : ReportWriter::tr("No problems found.")));
    }
    return ReportText::html(ReportText::findingsBlock(result));
}

QString timelineRow(const TimelineModel &model, const QModelIndex &index, bool child)
{
    const TimelineStep *step = model.step(index);
    const QString background = step && step->status == TimelineStep::Status::Failed ? paperTint(Tone::Bad)
                               : step && step->status == TimelineStep::Status::Warning ? paperTint(Tone::Warning)
                                                                                      : QStringLiteral("#ffffff");
    QString html = QStringLiteral("<tr bgcolor=\"%1\">").arg(background);
    for (int column = 0; column < TimelineModel::ColumnCount; ++column) {
        QString cell = esc(model.data(model.index(index.row(), column, index.parent())).toString());
        if (column == TimelineModel::StepColumn && child)
            cell = QStringLiteral("&nbsp;&nbsp;") + cell;
        if (step && step->status == TimelineStep::Status::Failed)
            cell = QStringLiteral("<b>%1</b>").arg(cell);
        // Times stay on one line: a cell broken over two lines is one a page break can split.
        const bool number = column == TimelineModel::StartColumn || column == TimelineModel::DurationColumn;
        html += QStringLiteral("<td valign=\"top\"%1>%2</td>")
                    .arg(number ? QStringLiteral(" align=\"right\" style=\"white-space:nowrap\"") : QString(), cell);
    }
    return html + QStringLiteral("</tr>");
}

QString timelineSection(const DiagnosisResult &result)
{
    // Each of the last two sections starts on a page of its own: a heading stranded at the
    // foot of a page reads badly.
    QString html = QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>").arg(esc(ReportWriter::tr("Handshake timeline")));
    // The same grouping and order as the window shows.
    TimelineModel model;
    model.setSteps(result.timeline);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                           "style=\"border-collapse:collapse; border-color:#c8c8c8\"><thead><tr bgcolor=\"#eeeeee\">");
    static const int widths[TimelineModel::ColumnCount] = {26, 10, 10, 10, 44};
    for (int column = 0; column < TimelineModel::ColumnCount; ++column)
        html += QStringLiteral("<th align=\"left\" width=\"%1%\" style=\"white-space:nowrap\">%2</th>")
                    .arg(widths[column])
                    .arg(esc(model.headerData(column, Qt::Horizontal).toString()));
    html += QStringLiteral("</tr></thead>");
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex top = model.index(row, 0);
        html += timelineRow(model, top, false);
        for (int child = 0; child < model.rowCount(top); ++child)
            html += timelineRow(model, model.index(child, 0, top), true);
    }
    return html + QStringLiteral("</table>");
}

QString chainSection(const DiagnosisResult &result)
{
    const QList<DisplayedCertificate> chain = CertificateStatus::displayedChain(result);
    if (chain.isEmpty())
        return {};
    QString html = QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>").arg(esc(ReportWriter::tr("Certificate chain")));
    html += QStringLiteral("<p>%1</p>").arg(esc(ReportWriter::tr("From the root at the top down to the site's certificate.")));
    int number = 1;
    for (const DisplayedCertificate &entry : chain) {
        html += QStringLiteral("<h3>%1. %2</h3>").arg(number++).arg(esc(entry.name()));
        html += QStringLiteral("<p>%1</p>").arg(D::colored(CertificateStatus::label(entry), toneColor(entry.tone())));
        if (entry.kind == DisplayedCertificate::Kind::Certificate)
            html += D::tableStart() + D::certificateFacts(entry, result.startedAt) + D::tableEnd();
    }
    return html;
}

} // namespace

QString ReportWriter::html(const DiagnosisResult &result)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Handshake Doctor report")));
    html += summaryTable(result);
    html += QStringLiteral("<p></p>") + verdictBox(result);
    html += findingsSection(result);
    html += timelineSection(result);
    html += chainSection(result);
    return html + QStringLiteral("</body></html>");
}

bool ReportWriter::writePdf(const DiagnosisResult &result, const QString &path, const QPageSize &pageSize, QString *error)
{
    QByteArray pdf;
    QString drawn;
    QList<QRawFont> fonts;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
        writer.setTitle(tr("Handshake Doctor report: %1").arg(result.target.input));
        writer.setCreator(QStringLiteral("Handshake Doctor %1").arg(QStringLiteral(HD_VERSION)));

        QFont bodyFont = fontForCurrentLanguage(QGuiApplication::font());
        bodyFont.setPointSizeF(kBodyPointSize);
        // No ligatures: "ﬁ" would be copied out of the PDF as one character, and searching
        // the report for "certificate" would not find it. Chinese and Latin need no shaping.
        bodyFont.setStyleStrategy(QFont::PreferNoShaping);
        for (const QString &family : bodyFont.families())
            fonts << QRawFont::fromFont(QFont(family));
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(bodyFont);
        document.setHtml(html(result));

        QFont footerFont = bodyFont;
        footerFont.setPointSizeF(kBodyPointSize * 0.85);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const QRectF paintRect = writer.pageLayout().paintRectPixels(kResolution);
        const qreal footerHeight = footerMetrics.height() * 2.5;
        const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);
        document.setPageSize(body);
        const int pages = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Could not start the PDF file “%1”.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        QAbstractTextDocumentLayout::PaintContext context;
        // Paper is white: the window's palette (perhaps dark) must not colour the text.
        context.palette.setColor(QPalette::Text, Qt::black);
        const QString target = ResultText::sanitized(result.target.input);
        drawn = document.toPlainText();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * body.height());
            context.clip = QRectF(0, page * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            const QRectF footer(0, body.height(), body.width(), footerHeight);
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawLine(footer.topLeft() + QPointF(0, footerHeight * 0.3), footer.topRight() + QPointF(0, footerHeight * 0.3));
            const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pages);
            drawn += pageText;
            const qreal pageWidth = footerMetrics.horizontalAdvance(pageText);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
            const QString left = footerMetrics.elidedText(tr("Handshake Doctor report: %1").arg(target), Qt::ElideMiddle,
                                                          footer.width() - pageWidth - footerMetrics.height() * 2);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
            drawn += left;
        }
        painter.end();
    }
    repairToUnicode(&pdf, drawn, fonts);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        *error = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QPageSize ReportWriter::pageSizeFor(const QLocale &locale)
{
    // CLDR supplemental data, paperSize "US-Letter".
    static const QList<QLocale::Territory> letter = {
        QLocale::Belize, QLocale::Canada, QLocale::Chile, QLocale::Colombia, QLocale::CostaRica,
        QLocale::Guatemala, QLocale::Mexico, QLocale::Nicaragua, QLocale::Panama, QLocale::Philippines,
        QLocale::PuertoRico, QLocale::ElSalvador, QLocale::UnitedStates, QLocale::Venezuela,
    };
    return QPageSize(letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
}

QLocale ReportWriter::paperLocale()
{
    for (const char *variable : {"LC_ALL", "LC_PAPER", "LANG"}) {
        QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        value = value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
        if (value == QLatin1String("C") || value == QLatin1String("POSIX"))
            break;
        const QLocale locale(value);
        if (locale.territory() != QLocale::AnyTerritory)
            return locale;
        break;
    }
    return QLocale::system();
}

QString ReportWriter::suggestedFileName(const DiagnosisResult &result)
{
    QString host = result.target.host;
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]+")), QStringLiteral("_"));
    return QStringLiteral("handshake-doctor-%1-%2.pdf")
        .arg(host, result.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
}

} // namespace hd
