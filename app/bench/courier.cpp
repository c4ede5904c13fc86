#include "bench/courier.h"

#include "bench/claimtransaction.h"
#include "bench/connectionpool.h"
#include "bench/pauser.h"
#include "bench/runcontext.h"
#include "pg/connection.h"

#include <QElapsedTimer>

namespace bench {

namespace {
double msSince(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}
const QString kClaimMiss = QStringLiteral("claim_miss");
} // namespace

Courier::Courier(RunContext *ctx, int courierId, quint32 seed)
    : m_ctx(ctx)
    , m_courierId(courierId)
    , m_rng(seed) {}

double Courier::random01() {
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
}

QCoro::Task<void> Courier::run() {
    while (!m_ctx->shouldStop() && !m_outOfOrders) {
        const Op op = pickOp(m_ctx->config.scenario, random01());
        co_await perform(op);
    }
}

QCoro::Task<void> Courier::perform(Op op) {
    QVariantList params;
    switch (op) {
    case Op::ListNew:
        co_await listNew();
        break;
    case Op::ListStatus: {
        static const QStringList statuses = {QStringLiteral("new"), QStringLiteral("assigned"),
                                             QStringLiteral("accepted"), QStringLiteral("picked_up")};
        params << statuses.at(int(m_rng() % quint32(statuses.size())));
        co_await simple(op, m_ctx->sql.listStatus, params);
        break;
    }
    case Op::GetOrder:
        params << pickOrderId();
        co_await simple(op, m_ctx->sql.getOrder, params);
        break;
    case Op::CourierOrders:
        params << m_courierId;
        co_await simple(op, m_ctx->sql.courierOrders, params);
        break;
    case Op::CreateOrder: {
        const int store = 1 + int(m_rng() % 200);
        params
            << store << QStringLiteral("%1 Herzl St, store %2").arg(1 + store % 97).arg(store)
            << QStringLiteral("%1 Bialik St, apt %2").arg(1 + int(m_rng() % 180)).arg(1 + int(m_rng() % 60))
            << 1 + int(m_rng() % 4) << 900 + int(m_rng() % 9000);
        co_await simple(op, m_ctx->sql.createOrder, params);
        break;
    }
    case Op::Claim:
        co_await claim(true);
        break;
    case Op::ClaimUnsafe:
        co_await claim(false);
        break;
    }
}

qint64 Courier::pickOrderId() {
    const qint64 lo = m_ctx->minOrderId, hi = m_ctx->maxOrderId;
    if (hi <= lo)
        return lo;
    // Most lookups are of recent orders: 80% from the newest tenth, the rest anywhere.
    const qint64 from = random01() < 0.8 ? hi - (hi - lo) / 10 : lo;
    return from + qint64(random01() * double(hi - from + 1));
}

qint64 Courier::takeCandidate() {
    const int i = int(m_rng() % quint32(m_candidates.size()));
    return m_candidates.takeAt(i);
}

QCoro::Task<pg::Connection *> Courier::take() {
    QElapsedTimer t;
    t.start();
    pg::Connection *c = co_await m_ctx->pool->acquire();
    if (c) {
        m_ctx->recorder.recordPoolWait(msSince(t));
        co_return c;
    }
    if (!m_ctx->stopRequested) {
        m_ctx->recorder.recordPoolError(m_ctx->pool->lastError());
        co_await m_ctx->pauser->sleep(250); // do not spin while the server refuses
    }
    co_return nullptr;
}

QCoro::Task<void> Courier::simple(Op op, QString sql, QVariantList params) {
    pg::Connection *c = co_await take();
    if (!c)
        co_return;
    QElapsedTimer t;
    t.start();
    const pg::Result r = co_await c->query(sql, params);
    const double ms = msSince(t);
    m_ctx->pool->release(c);
    if (r.ok())
        m_ctx->recorder.record(opName(op), ms);
    else
        m_ctx->recorder.recordError(opName(op), *r.error());
}

QCoro::Task<bool> Courier::listNew() {
    pg::Connection *c = co_await take();
    if (!c)
        co_return false;
    QElapsedTimer t;
    t.start();
    const pg::Result r = co_await c->query(m_ctx->sql.listNew);
    const double ms = msSince(t);
    m_ctx->pool->release(c);
    if (!r.ok()) {
        m_ctx->recorder.recordError(opName(Op::ListNew), *r.error());
        co_return false;
    }
    m_ctx->recorder.record(opName(Op::ListNew), ms);
    m_candidates.clear();
    const int k = qMax(1, m_ctx->config.claimCandidates);
    for (int row = 0; row < r.rows() && row < k; ++row)
        m_candidates << r.int64(row, "id");
    co_return r.rows() > 0;
}

QCoro::Task<void> Courier::claim(bool safe) {
    if (m_candidates.isEmpty()) {
        const bool any = co_await listNew();
        if (!any) {
            // Nothing left to claim: in a pure claim run this courier is done.
            if (m_ctx->config.scenario != Scenario::Mixed && !m_outOfOrders) {
                m_outOfOrders = true;
                ++m_ctx->couriersOutOfOrders;
            }
            co_return;
        }
        if (m_ctx->shouldStop())
            co_return;
    }
    const qint64 orderId = takeCandidate();
    pg::Connection *c = co_await take();
    if (!c)
        co_return;
    const QString name = opName(safe ? Op::Claim : Op::ClaimUnsafe);
    ++m_ctx->claims.attempts;
    QElapsedTimer t;
    t.start();
    const ClaimTransaction::Result r =
        co_await ClaimTransaction::run(c, &m_ctx->sql, orderId, m_courierId, m_ctx->runId, safe);
    const double ms = msSince(t);
    switch (r.outcome) {
    case ClaimTransaction::Outcome::Claimed:
        m_ctx->recorder.record(name, ms);
        ++m_ctx->claims.claimed;
        m_ctx->reported.append({orderId, m_courierId});
        m_candidates.clear(); // a courier with an order goes to deliver it; the next claim lists afresh
        break;
    case ClaimTransaction::Outcome::NotAvailable: {
        m_ctx->recorder.record(kClaimMiss, ms);
        ++m_ctx->claims.notAvailable;
        bool locked = false;
        if (safe) { // not timed: was it taken, or only locked by another courier right now?
            QVariantList idParam;
            idParam << orderId;
            const pg::Result probe = co_await c->query(m_ctx->sql.claimProbe, idParam);
            locked = probe.ok() && probe.rows() == 1 && probe.text(0, "status") == QLatin1String("new");
        }
        ++(locked ? m_ctx->claims.skippedLocked : m_ctx->claims.alreadyTaken);
        break;
    }
    case ClaimTransaction::Outcome::Failed:
        m_ctx->recorder.recordError(name, r.error);
        if (r.error.sqlState == QLatin1String("40P01"))
            ++m_ctx->claims.deadlocks;
        break;
    }
    m_ctx->pool->release(c);
}

} // namespace bench
