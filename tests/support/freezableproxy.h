#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

// A loopback TCP proxy to a real server: every connection is forwarded both ways until
// freeze(), after which the connections made so far go silent (nothing forwarded, nothing
// read), the way a peer behind a dead network path or a hung middlebox behaves, while the
// TCP sessions stay open. Connections made after freeze() are forwarded normally.
class FreezableProxy : public QObject {
public:
    explicit FreezableProxy(quint16 targetPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_target(targetPort) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                forward(client);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return int(m_pairs.size()); }

    void freeze() {
        for (const Pair &p : std::as_const(m_pairs)) {
            for (QTcpSocket *s : {p.client.data(), p.upstream.data()}) {
                if (!s)
                    continue;
                s->disconnect(this);
                s->setReadBufferSize(1); // stop draining the kernel buffer: the peer goes silent
            }
        }
        m_frozen = m_pairs.size();
    }
    int frozen() const { return m_frozen; }

private:
    struct Pair {
        QPointer<QTcpSocket> client, upstream;
    };
    void forward(QTcpSocket *client) {
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        m_pairs.append(Pair{client, upstream});
        connect(client, &QTcpSocket::readyRead, this, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, this,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, this,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, this, [upstream] { upstream->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::disconnected, this, [client] { client->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    QTcpServer m_server;
    quint16 m_target;
    QList<Pair> m_pairs;
    int m_frozen = 0;
};
