// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese interface is complete: every message of translations/casebook_zh_CN.ts is translated (no
// "unfinished", no empty form, placeholders and accelerators kept), and every string the code sends through
// tr() is in the file. The code's strings are found by running lupdate over app/gui, widgets and app/core/session into
// a temporary file, as the update_translations target does.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; ///< "unfinished", "vanished" or "obsolete"; empty when finished
    QStringList forms; ///< the translation, or its numerus forms

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString name() const { return u"%1: \"%2\""_s.arg(context, source.left(80)); }
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto tag = xml.name();
        if (tag == u"name") {
            context = xml.readElementText();
        } else if (tag == u"message") {
            message
                = Message { context, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes", {}, {} };
        } else if (tag == u"source") {
            message.source = xml.readElementText();
        } else if (tag == u"comment") {
            message.comment = xml.readElementText();
        } else if (tag == u"translation") {
            message.translationType = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!message.numerus)
                message.forms = { xml.readElementText() };
        } else if (tag == u"numerusform") {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qFatal("%s is not valid XML: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// %1…%99 and %n, each counted once: a translation may move them but must keep every one.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// "&File" has an accelerator; "&&" is a literal ampersand and "&amp;"-style entities are not in the decoded text.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(u"(?<!&)&(?!&)\\w"_s);
    return accelerator.match(QString(text).replace(u"&&"_s, u""_s)).hasMatch();
}

const QString tsPath = QStringLiteral(CASEBOOK_SOURCE_DIR "/translations/casebook_zh_CN.ts");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated()
    {
        const QList<Message> messages = readTs(tsPath);
        QVERIFY2(messages.size() > 100, "the .ts file holds far fewer messages than the interface has");
        QStringList problems;
        for (const Message &message : messages) {
            if (!message.translationType.isEmpty()) {
                problems << u"%1 is %2"_s.arg(message.name(), message.translationType);
                continue;
            }
            if (message.forms.isEmpty()
                || std::any_of(message.forms.cbegin(), message.forms.cend(),
                               [](const QString &form) { return form.trimmed().isEmpty(); }))
                problems << u"%1 has an empty translation"_s.arg(message.name());
            for (const QString &form : message.forms) {
                if (placeholders(form) != placeholders(message.source))
                    problems << u"%1: \"%2\" does not keep the placeholders"_s.arg(message.name(), form);
                if (hasAccelerator(message.source) && !hasAccelerator(form))
                    problems << u"%1: \"%2\" lost the accelerator (&)"_s.arg(message.name(), form);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyCodeStringIsInTheTsFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(u"fresh_zh_CN.ts"_s);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CASEBOOK_SOURCE_DIR));
        lupdate.start(QStringLiteral(CASEBOOK_LUPDATE),
                      { u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"app/gui"_s, u"widgets"_s,
                        u"app/core/session"_s, u"-ts"_s, fresh });
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());

        QSet<QString> committed;
        for (const Message &message : readTs(tsPath))
            committed.insert(message.key());
        QSet<QString> inCode;
        QStringList missing;
        for (const Message &message : readTs(fresh)) {
            inCode.insert(message.key());
            if (!committed.contains(message.key()))
                missing << message.name();
        }
        QVERIFY2(inCode.size() > 100, "lupdate found far fewer tr() strings than the interface has");
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"not in casebook_zh_CN.ts (run the update_translations target, then translate):\n"_s
                            + missing.join(u'\n')));
        QStringList stale;
        for (const Message &message : readTs(tsPath))
            if (!inCode.contains(message.key()))
                stale << message.name();
        QVERIFY2(stale.isEmpty(),
                 qPrintable(u"in casebook_zh_CN.ts but no longer in the code:\n"_s + stale.join(u'\n')));
    }

    void checksCatchMistakes()
    {
        QCOMPARE(placeholders(u"%1 of %n annotation(s)"_s), (QSet<QString> { u"%1"_s, u"%n"_s }));
        QVERIFY(placeholders(u"%1 / %n 条批注"_s) == placeholders(u"%1 of %n annotation(s)"_s));
        QVERIFY(placeholders(u"%n 条批注"_s) != placeholders(u"%1 of %n annotation(s)"_s));
        QVERIFY(hasAccelerator(u"&File"_s));
        QVERIFY(hasAccelerator(u"文件(&F)"_s));
        QVERIFY(!hasAccelerator(u"Tom && Jerry"_s));
        QVERIFY(!hasAccelerator(u"文件"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
