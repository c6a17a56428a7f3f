// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileopenrequests.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestFileOpenRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localFileIsRequested()
    {
        casebook::FileOpenRequests requests(qApp);
        QSignalSpy spy(&requests, &casebook::FileOpenRequests::openRequested);
        QFileOpenEvent event(u"/Users/analyst/Cases/ports.casebook"_s);
        QVERIFY(QCoreApplication::sendEvent(qApp, &event));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), u"/Users/analyst/Cases/ports.casebook"_s);
    }

    void webAddressIsNotACasebook()
    {
        casebook::FileOpenRequests requests(qApp);
        QSignalSpy spy(&requests, &casebook::FileOpenRequests::openRequested);
        QFileOpenEvent event(QUrl(u"https://example.org/ports.casebook"_s));
        QCoreApplication::sendEvent(qApp, &event);
        QCOMPARE(spy.count(), 0);
    }

    void otherEventsPassThrough()
    {
        casebook::FileOpenRequests requests(qApp);
        QSignalSpy spy(&requests, &casebook::FileOpenRequests::openRequested);
        QEvent event(QEvent::ApplicationFontChange);
        QCoreApplication::sendEvent(qApp, &event);
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_MAIN(TestFileOpenRequests)
#include "tst_fileopenrequests.moc"
