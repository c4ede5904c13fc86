#pragma once

#include "pg/conninfo.h"

#include <QObject>

#include <qcoro/qcorotask.h>

namespace bench {
class Pauser;
struct Statements;
} // namespace bench

namespace demo {

// A short lock chain for the Locks page: three sessions ("zariz-ops") update the same row;
// A holds it, B waits for A, C waits behind B. After the hold A commits, B and C follow.
class LockChain : public QObject {
    Q_OBJECT
public:
    explicit LockChain(QObject *parent = nullptr);
    ~LockChain() override;

    // True when the chain formed and resolved; lastError() says why not. The hold is a
    // pauser sleep, so waking the pauser (stop) ends it early.
    QCoro::Task<bool> play(pg::ConnInfo info, qint64 orderId, int holdMs, bench::Pauser *pauser,
                           const bench::Statements *sql);
    QString lastError() const { return m_lastError; }

private:
    QString m_lastError;
};

} // namespace demo
