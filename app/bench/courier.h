#pragma once

#include "bench/scenario.h"

#include <QList>
#include <QVariantList>

#include <random>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
class Result;
} // namespace pg

namespace bench {

struct RunContext;

// One courier (or store, in the mixed scenario) of a run: a coroutine that makes one
// request after another through the shared pool until the run ends. The Runner owns it
// and everything it awaits, so it is never resumed after the run is gone.
class Courier {
public:
    Courier(RunContext *ctx, int courierId, quint32 seed);

    QCoro::Task<void> run();
    int courierId() const { return m_courierId; }
    bool outOfOrders() const { return m_outOfOrders; }

private:
    QCoro::Task<void> perform(Op op);
    QCoro::Task<pg::Connection *> take();
    QCoro::Task<void> simple(Op op, QString sqlName, QVariantList params);
    QCoro::Task<bool> listNew();
    QCoro::Task<void> claim(bool safe);
    qint64 pickOrderId();
    qint64 takeCandidate();
    double random01();

    RunContext *m_ctx;
    int m_courierId;
    std::mt19937 m_rng;
    QList<qint64> m_candidates; // ids from this courier's latest list, best first
    bool m_outOfOrders = false;
};

} // namespace bench
