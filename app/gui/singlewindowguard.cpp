// SPDX-License-Identifier: GPL-3.0-or-later
#include "singlewindowguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace casebook {

namespace {
constexpr int connectTimeoutMs = 500;
} // namespace

SingleWindowGuard::SingleWindowGuard(QObject *parent)
    : QObject(parent)
{ }

SingleWindowGuard::~SingleWindowGuard()
{
    release();
}

QString SingleWindowGuard::serverName(const QString &path)
{
    const QFileInfo info(path);
    // canonicalFilePath() is empty for a file not created yet; then the absolute path names it.
    const QString canonical = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QByteArray digest
        = QCryptographicHash::hash((user + u'\n' + canonical).toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    return u"casebook-"_s + QString::fromLatin1(digest);
}

bool SingleWindowGuard::askOwnerToRaise(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(path));
    if (!socket.waitForConnected(connectTimeoutMs))
        return false;
    socket.disconnectFromServer();
    return true;
}

bool SingleWindowGuard::claim(const QString &path)
{
    const QString name = serverName(path);
    if (m_server && m_server->serverName() == name)
        return true; // this window has it already
    if (askOwnerToRaise(path))
        return false;
    release();
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(name)) {
        // Nobody answered above, so the name is left over from a window that crashed: take it over.
        QLocalServer::removeServer(name);
        if (!server->listen(name)) {
            // No way to guard (e.g. no runtime folder): the casebook still opens; SQLite's locks keep it safe.
            delete server;
            return true;
        }
    }
    // A connection is the request: nothing else ever connects to this name.
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket *socket = server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromServer();
        }
        Q_EMIT raiseRequested();
    });
    m_server = server;
    return true;
}

void SingleWindowGuard::release()
{
    if (!m_server)
        return;
    m_server->close();
    delete m_server;
    m_server = nullptr;
}

} // namespace casebook
