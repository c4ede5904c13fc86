#pragma once

#include "advisor/advisor.h"

#include <QObject>
#include <QPointer>

namespace core {
class ServerSession;
}
namespace pg {
class Connection;
}

namespace advisor {

// The advisor for the window: runs advise() on a connection of its own ("pgdba advisor", opened
// from the session and closed afterwards), reports progress, keeps the last advice. The page only
// shows it.
class Runner : public QObject {
    Q_OBJECT
public:
    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;

    bool isRunning() const { return m_running; }
    const Advice &advice() const { return m_advice; }
    bool hasAdvice() const { return m_hasAdvice; }
    // storeConnection: the history store's connection name, whose auto_explain plans give the
    // statements' literal texts (read on a worker); empty: none.
    void run(core::ServerSession *session, const Options &options, const QString &storeConnection = {});
    void clear();

Q_SIGNALS:
    void progress(const QString &what, int done, int total);
    void finished(); // advice() holds the result (or its error)
    void runningChanged(bool running);

private:
    QCoro::Task<void> runTask(core::ServerSession *session, Options options, QString storeConnection);

    bool m_running = false;
    bool m_hasAdvice = false;
    Advice m_advice;
    QPointer<pg::Connection> m_conn;
    quint64 m_generation = 0;
};

} // namespace advisor
