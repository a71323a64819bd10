// Every visible string ships in English and Chinese: the checked-in .ts files must hold
// exactly what lupdate finds in the sources today, each message translated, with the
// same placeholders as its source.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form, or one
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages << current;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                current.unfinished = true;
            // Plural messages nest <numerusform>; plain ones hold text directly.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace())
                    current.translations << xml.text().toString();
            }
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> out;
    for (const Message &message : messages)
        out << message.context + QLatin1Char('\x1f') + message.source;
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void languages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("en") << QStringLiteral("handshake-doctor_en.ts");
        QTest::newRow("zh_CN") << QStringLiteral("handshake-doctor_zh_CN.ts");
    }

    void languages()
    {
        QFETCH(QString, file);
        const QString checkedIn = QStringLiteral(HD_SOURCE_DIR "/translations/") + file;
        QTemporaryDir dir;
        const QString fresh = dir.filePath(file);
        QVERIFY(QFile::copy(checkedIn, fresh));

        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(HD_SOURCE_DIR));
        lupdate.start(QStringLiteral(HD_LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                   QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("ui"),
                                                   QStringLiteral("app"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const QList<Message> messages = readTs(checkedIn);
        const QSet<QString> inSources = keys(readTs(fresh));
        const QSet<QString> inFile = keys(messages);
        QStringList missing;
        for (const QString &key : inSources - inFile)
            missing << key.section(QLatin1Char('\x1f'), 0, 0) + QStringLiteral(": ") + key.section(QLatin1Char('\x1f'), 1);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in %1 (run scripts/update-translations.sh): %2")
                                                   .arg(file, missing.join(QStringLiteral(" | ")))));
        QVERIFY2((inFile - inSources).isEmpty(), "stale messages: run scripts/update-translations.sh");

        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(!message.context.isEmpty(), qPrintable(QStringLiteral("no context (tr through an alias?): ") + where));
            QVERIFY2(!message.unfinished && !message.translations.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + where));
            for (const QString &translation : message.translations) {
                QStringList expected = placeholders(message.source);
                QStringList actual = placeholders(translation);
                expected.removeAll(QStringLiteral("%n"));
                actual.removeAll(QStringLiteral("%n")); // a plural form may spell the number out
                QVERIFY2(actual == expected, qPrintable(QStringLiteral("placeholders differ: ") + where));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
