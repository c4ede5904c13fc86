#include "advisor/advisorrunner.h"

#include "core/serversession.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "plans/planstore.h"

#include <QtConcurrent>

namespace advisor {

Runner::Runner(QObject *parent)
    : QObject(parent) {}

Runner::~Runner() {
    if (m_conn)
        m_conn->close();
}

void Runner::run(core::ServerSession *session, const Options &options, const QString &storeConnection) {
    if (m_running || !session)
        return;
    runTask(session, options, storeConnection);
}

void Runner::clear() {
    ++m_generation;
    if (m_conn) {
        m_conn->close();
        m_conn->deleteLater();
    }
    m_advice = {};
    m_hasAdvice = false;
    if (m_running) {
        m_running = false;
        Q_EMIT runningChanged(false);
    }
}

QCoro::Task<void> Runner::runTask(core::ServerSession *session, Options options, QString storeConnection) {
    QPointer<Runner> self(this);
    QPointer<core::ServerSession> s(session);
    const quint64 generation = ++m_generation;
    m_running = true;
    Q_EMIT runningChanged(true);
    if (!storeConnection.isEmpty() && options.literalTexts.isEmpty()) {
        const QString server = session->historyKey();
        auto read = QtConcurrent::run([storeConnection, server] {
            return plans::PlanStore::readLiteralTexts(storeConnection, server);
        });
        auto awaiter = pg::awaitFuture(read);
        options.literalTexts = co_await awaiter;
        if (!self || !s || generation != m_generation)
            co_return;
    }
    Q_EMIT progress(Advice::tr("Connecting"), 0, 1);
    pg::Connection *c = co_await s->openConnection(QStringLiteral("advisor"), this);
    if (!self || generation != m_generation) {
        if (c) {
            c->close();
            c->deleteLater();
        }
        co_return;
    }
    Advice a;
    if (!c || !c->isReady()) {
        a.error = c && !c->lastError().isEmpty() ? c->lastError() : Advice::tr("Not connected.");
        if (c)
            c->deleteLater();
    } else {
        m_conn = c;
        Progress report = [self](const QString &what, int done, int total) {
            if (self)
                Q_EMIT self->progress(what, done, total);
        };
        a = co_await advise(c, options, report);
        if (!self)
            co_return;
        if (m_conn) {
            m_conn->close();
            m_conn->deleteLater();
        }
        if (generation != m_generation)
            co_return;
    }
    m_advice = a;
    m_hasAdvice = true;
    m_running = false;
    Q_EMIT runningChanged(false);
    Q_EMIT finished();
}

} // namespace advisor
