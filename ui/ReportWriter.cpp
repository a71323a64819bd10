#include "ReportWriter.h"

#include "Appearance.h"
#include "ReportText.h"
#include "CertificateStatus.h"
#include "DetailsHtml.h"
#include "Language.h"
#include "PdfTextRepair.h"
#include "ResultText.h"
#include "LadderView.h"
#include "compat/ClientProfiles.h"

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
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <cmath>

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
    html += D::row(ReportWriter::tr("Checked"), ReportText::dateTime(result.startedAt));
    html += D::row(ReportWriter::tr("Duration"), ResultText::milliseconds(result.durationMs));
    if (!result.tlsVersion.isEmpty())
        html += D::row(ReportWriter::tr("Connection"), QStringLiteral("%1, %2").arg(result.tlsVersion, result.cipher));
    html += D::row(ReportWriter::tr("Made with"), ReportWriter::tr("Handshake Doctor %1").arg(QStringLiteral(HD_VERSION)));
    return html + D::tableEnd();
}

QString verdictBox(const DiagnosisResult &result, Actor reader)
{
    const Tone tone = result.cancelled ? Tone::Neutral : toneOf(result.verdict());
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" bgcolor=\"%1\"><tr><td>")
                       .arg(paperTint(tone));
    html += QStringLiteral("<p>%1</p>").arg(D::colored(ResultText::verdictLabel(result), toneColor(tone)));
    QList<ReportText::Line> summary = ReportText::summaryBlock(result, reader);
    html += QStringLiteral("<p style=\"font-size:large\"><b>%1</b></p>").arg(esc(summary.takeFirst().text));
    if (!result.cancelled && result.verdict() == Verdict::Ok) // what was checked, as the window's banner says
        html += QStringLiteral("<p>%1</p>").arg(esc(ResultText::whatWasChecked(result)));
    html += ReportText::html(summary);
    return html + QStringLiteral("</td></tr></table>");
}

// A part that must not be split over two pages (a card, a certificate): one table whose
// first line is a heading, which keepTogether() moves whole to the next page when needed.
QString unsplit(const QString &content)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:10px\"><tr><td>%1</td></tr></table>").arg(content);
}

// The same lines as the CLI report and the help-desk text (ReportText), a card at a time.
QString findingsSection(const DiagnosisResult &result, Actor reader)
{
    if (result.findings.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(esc(result.cancelled ? ReportWriter::tr("The diagnosis was cancelled, so no causes were determined.")
                                                                     : ReportWriter::tr("No problems found.")));
    }
    QList<ReportText::Line> card;
    QString html;
    const auto flush = [&] {
        const bool isCard = !card.isEmpty() && card.first().kind == ReportText::Line::Kind::Title;
        html += isCard ? unsplit(ReportText::html(card)) : ReportText::html(card);
        card.clear();
    };
    for (const ReportText::Line &line : ReportText::findingsBlock(result, reader)) {
        if (line.kind == ReportText::Line::Kind::Title || line.kind == ReportText::Line::Kind::Heading)
            flush();
        card << line;
    }
    flush();
    return html;
}

constexpr const char *kDiagramPlaceholder = "hd-ladder-diagram";

QString diagramSection(const DiagnosisResult &result)
{
    if (LadderView::drawnSteps(result.timeline).isEmpty())
        return {};
    return QStringLiteral("<h2>%1</h2><p>%2</p>")
        .arg(esc(ReportWriter::tr("The handshake, step by step")), QLatin1String(kDiagramPlaceholder));
}

QString chainSection(const DiagnosisResult &result)
{
    QList<DisplayedCertificate> chain = CertificateStatus::displayedChain(result);
    if (chain.isEmpty())
        return {};
    // The site's own certificate first: it is the one its owner installs.
    std::reverse(chain.begin(), chain.end());
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(ReportWriter::tr("Certificate chain")));
    html += QStringLiteral("<p>%1</p>").arg(esc(ReportWriter::tr("From the site's certificate up to the root.")));
    int number = 1;
    for (const DisplayedCertificate &entry : chain) {
        QString part = QStringLiteral("<h3>%1. %2</h3>").arg(number++).arg(esc(entry.name()));
        part += QStringLiteral("<p>%1</p>").arg(D::colored(CertificateStatus::label(entry), toneColor(entry.tone())));
        if (entry.kind == DisplayedCertificate::Kind::Certificate)
            part += D::tableStart() + D::certificateFacts(entry, result.startedAt) + D::tableEnd();
        html += unsplit(part);
    }
    return html;
}

QString compatibilitySection(const DiagnosisResult &result)
{
    if (result.compatibility.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(ReportWriter::tr("Would common clients connect?")));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                           "style=\"border-collapse:collapse; border-color:#c8c8c8\"><thead><tr bgcolor=\"#eeeeee\">"
                           "<th align=\"left\" width=\"30%\">%1</th><th align=\"left\" width=\"12%\">%2</th><th align=\"left\">%3</th></tr></thead>")
                .arg(esc(ReportWriter::tr("Client")), esc(ReportWriter::tr("Connects")), esc(ReportWriter::tr("Details")));
    for (const CompatibilityRow &row : result.compatibility) {
        QString connects;
        QString detail = Compatibility::explain(row);
        switch (row.outcome) {
        case CompatibilityRow::Outcome::Connects:
            connects = D::colored(ReportWriter::tr("Yes"), toneColor(Tone::Good));
            detail = QStringLiteral("%1, %2").arg(row.version, row.cipher);
            break;
        case CompatibilityRow::Outcome::Fails:
            connects = D::colored(ReportWriter::tr("No"), toneColor(row.current ? Tone::Bad : Tone::Warning));
            break;
        case CompatibilityRow::Outcome::Unknown: connects = esc(ReportText::support(Support::Unknown)); break;
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(Compatibility::clientName(row.clientId)), connects, esc(detail));
    }
    return html + QStringLiteral("</table>");
}

// The ladder diagram of the window, drawn by its own code (LadderView::paintRows) as vectors
// and text, in parts that each fit on a page.
class LadderObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kType = QTextFormat::UserObject + 1;
    enum Property { FirstRow = QTextFormat::UserProperty + 1, RowCount };

    // `width` and `scale` in the paper's pixels and paper pixels per window pixel.
    LadderObject(const QList<TimelineStep> &steps, qreal width, qreal scale, const QFont &font)
        : m_steps(steps), m_scale(scale), m_width(int(width / scale))
    {
        m_style.font = font;
        m_style.font.setPixelSize(qRound(font.pointSizeF() * 96 / 72));
        m_style.palette.setColor(QPalette::Text, Qt::black);
        m_style.palette.setColor(QPalette::Base, Qt::white);
        m_style.palette.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf4, 0xf4));
        m_style.palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
        m_style.palette.setColor(QPalette::PlaceholderText, QColor(0x55, 0x55, 0x55));
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return QSizeF(m_width, LadderView::heightFor(format.intProperty(RowCount))) * m_scale;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(m_scale, m_scale);
        LadderView::paintRows(painter, m_steps, m_width, format.intProperty(FirstRow), format.intProperty(RowCount), m_style);
        painter->restore();
    }

    // Puts the diagram where diagramSection() left its place, in parts shorter than a page:
    // the first part fills the rest of the verdict's page when a few steps fit there, else
    // the diagram and its heading start on the next page.
    void insertInto(QTextDocument *document, qreal pageHeight)
    {
        QTextCursor cursor = document->find(QLatin1String(kDiagramPlaceholder));
        if (cursor.isNull())
            return;
        const qreal top = document->documentLayout()->blockBoundingRect(cursor.block()).top();
        const qreal rest = pageHeight - std::fmod(top, pageHeight);
        const int total = int(m_steps.size());
        const int perPage = rowsFitting(pageHeight * 0.9);
        int firstPart = rowsFitting(rest * 0.95);
        if (firstPart < qMin(kFewestRowsAtPageEnd, total)) {
            QTextBlock heading = cursor.block().previous();
            QTextBlockFormat format = heading.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(format);
            firstPart = perPage;
        }
        for (int first = 0, rows = firstPart; first < total; first += rows, rows = perPage) {
            if (first > 0)
                cursor.insertBlock();
            QTextCharFormat part;
            part.setObjectType(kType);
            part.setProperty(FirstRow, first);
            part.setProperty(RowCount, qMin(rows, total - first));
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), part);
        }
    }

private:
    // Fewer steps than this at the foot of a page read as a stray line: they go to the next.
    static constexpr int kFewestRowsAtPageEnd = 3;

    // How many steps (at least one) one part of the diagram draws within `height`.
    int rowsFitting(qreal height) const
    {
        int rows = 1;
        while (rows < m_steps.size() && LadderView::heightFor(rows + 1) * m_scale < height)
            ++rows;
        return rows;
    }

    QList<TimelineStep> m_steps;
    qreal m_scale;
    int m_width;
    LadderView::Style m_style;
};

// Page breaks where a reader would put them: a table that starts with a heading (a card, a
// certificate) and would cross a page starts on the next one, unless it is longer than a
// page anyway; a section's heading (and its introduction) goes with the first table after it.
void keepTogether(QTextDocument *document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const auto page = [pageHeight](qreal y) { return int(y / pageHeight); };
    // Qt lays a changed page break out again only in part, leaving stale positions (and a
    // moved heading out of the drawing): each change lays the whole document out afresh.
    const auto relayout = [document] { document->markContentsDirty(0, document->characterCount()); };
    QTextBlock heading; // the last section heading, until a table follows it
    for (auto it = document->rootFrame()->begin(); !it.atEnd(); ++it) {
        auto *table = qobject_cast<QTextTable *>(it.currentFrame());
        if (!table) {
            if (it.currentBlock().blockFormat().headingLevel() == 2)
                heading = it.currentBlock();
            continue;
        }
        QRectF box = layout->frameBoundingRect(table);
        QTextTableFormat format = table->format();
        const bool unsplit = table->cellAt(0, 0).firstCursorPosition().blockFormat().headingLevel() > 0;
        if (unsplit && box.height() < pageHeight && page(box.top()) != page(box.bottom() - 1)) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            relayout();
            box = layout->frameBoundingRect(table);
        }
        if (heading.isValid() && page(layout->blockBoundingRect(heading).top()) != page(box.top())) {
            // The heading moves instead, and takes the table along.
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            table->setFormat(format);
            QTextBlockFormat headingFormat = heading.blockFormat();
            headingFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(heading).setBlockFormat(headingFormat);
            relayout();
        }
        heading = QTextBlock();
    }
}

} // namespace

QString ReportWriter::html(const DiagnosisResult &result)
{
    const Actor reader = ReportText::readerOf(result);
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Handshake Doctor report")));
    if (reader != Actor::You)
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(ReportText::readerLabel(reader)));
    html += summaryTable(result);
    html += QStringLiteral("<p></p>") + verdictBox(result, reader);
    html += diagramSection(result);
    html += findingsSection(result, reader);
    html += chainSection(result);
    html += compatibilitySection(result);
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
        QFont footerFont = bodyFont;
        footerFont.setPointSizeF(kBodyPointSize * 0.85);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const QRectF paintRect = writer.pageLayout().paintRectPixels(kResolution);
        const qreal footerHeight = footerMetrics.height() * 2.5;
        const QSizeF body(paintRect.width(), paintRect.height() - footerHeight);

        const QList<TimelineStep> diagram = LadderView::drawnSteps(result.timeline);
        LadderObject ladder(diagram, body.width(), kResolution / 96.0, bodyFont);
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.documentLayout()->registerHandler(LadderObject::kType, &ladder);
        document.setDefaultFont(bodyFont);
        document.setHtml(html(result));
        document.setPageSize(body);
        ladder.insertInto(&document, body.height());
        keepTogether(&document, body.height());
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
        drawn = document.toPlainText() + LadderView::paintedText(diagram);
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

#include "ReportWriter.moc"
