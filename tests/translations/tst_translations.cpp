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

struct GlossaryTerm
{
    QString english;
    QString chinese;
    QStringList variants; // never to be used in a translation
};

QList<GlossaryTerm> readGlossary(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    QList<GlossaryTerm> terms;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() != 3)
            qFatal("%s: not three columns: %s", qPrintable(path), qPrintable(line));
        terms.append({columns[0], columns[1], columns[2].split(QStringLiteral("、"), Qt::SkipEmptyParts)});
    }
    return terms;
}

// What a Chinese reader would stumble over in these messages: a glossary term's variant, a
// label that is exactly a glossary term translated without it, half-width punctuation
// beside Chinese text (menu mnemonics "(&F)", file filters and "host:port" formats aside).
QStringList chineseProblems(const QList<GlossaryTerm> &glossary, const QList<Message> &messages)
{
    static const QRegularExpression halfWidth(QStringLiteral(
        "\\p{Han}[,;!?]|[,;!?]\\p{Han}|\\p{Han}:(\\s|$)|\\p{Han}\\((?![&*])|\\)\\p{Han}"));
    QStringList problems;
    for (const Message &message : messages) {
        for (const QString &translation : message.translations) {
            for (const GlossaryTerm &term : glossary) {
                for (const QString &variant : term.variants) {
                    if (translation.contains(variant))
                        problems << QStringLiteral("“%1” uses “%2” for “%3”; the glossary says “%4”")
                                        .arg(translation, variant, term.english, term.chinese);
                }
                if (message.source.compare(term.english, Qt::CaseInsensitive) == 0 && !translation.contains(term.chinese))
                    problems << QStringLiteral("“%1” is translated “%2”; the glossary says “%3”")
                                    .arg(message.source, translation, term.chinese);
            }
            const QString withoutFilters = QString(translation).replace(QStringLiteral(";;"), QStringLiteral(" "));
            if (halfWidth.match(withoutFilters).hasMatch())
                problems << QStringLiteral("“%1” has half-width punctuation beside Chinese text").arg(translation);
        }
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseFollowsTheGlossary()
    {
        const QList<GlossaryTerm> glossary = readGlossary(QStringLiteral(HD_SOURCE_DIR "/translations/glossary_zh_CN.tsv"));
        QVERIFY(glossary.size() >= 6);
        for (const GlossaryTerm &term : glossary) {
            for (const QString &variant : term.variants)
                QVERIFY2(!variant.contains(term.chinese), qPrintable(variant)); // a variant is never the term itself
        }
        const QStringList problems =
            chineseProblems(glossary, readTs(QStringLiteral(HD_SOURCE_DIR "/translations/handshake-doctor_zh_CN.ts")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The check itself catches what it is for.
    void glossaryCheckFindsVariants()
    {
        const QList<GlossaryTerm> glossary = readGlossary(QStringLiteral(HD_SOURCE_DIR "/translations/glossary_zh_CN.tsv"));
        const QList<Message> bad{
            {QStringLiteral("C"), QStringLiteral("Tell the site's owner."), {QStringLiteral("告诉网站所有者。")}, false},
            {QStringLiteral("C"), QStringLiteral("Subject"), {QStringLiteral("主题")}, false},
            {QStringLiteral("C"), QStringLiteral("Issuer"), {QStringLiteral("发证方")}, false},
            {QStringLiteral("C"), QStringLiteral("Weak cipher suites"), {QStringLiteral("弱的加密套件")}, false},
            {QStringLiteral("C"), QStringLiteral("It failed, try again."), {QStringLiteral("失败了, 请重试")}, false},
        };
        QCOMPARE(chineseProblems(glossary, bad).size(), 6); // Subject: a variant and not the term
        const QList<Message> good{
            {QStringLiteral("C"), QStringLiteral("Issuer"), {QStringLiteral("颁发者")}, false},
            {QStringLiteral("C"), QStringLiteral("&File"), {QStringLiteral("文件(&F)")}, false},
            {QStringLiteral("C"), QStringLiteral("Tell the site's owner."), {QStringLiteral("告诉网站管理员。")}, false},
        };
        QCOMPARE(chineseProblems(glossary, good), QStringList());
    }

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
