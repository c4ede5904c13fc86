#include "demo/workload.h"

#include "demo/lockchain.h"

#include "bench/claimtransaction.h"
#include "bench/connectionpool.h"
#include "bench/pauser.h"
#include "bench/statements.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QPointer>
#include <QRandomGenerator>

#include <vector>

namespace demo {

namespace {
const int kFirstCourierId = 1001; // the generator's couriers are 1..1000
}

Workload::Workload(QObject *parent)
    : QObject(parent) {}

Workload::~Workload() = default;

int Workload::jitter(int baseMs) {
    const double f = std::uniform_real_distribution<double>(0.6, 1.4)(m_rng);
    return qMax(1, int(baseMs * f / qMax(0.01, m_options.speed)));
}

qint64 Workload::oldOrderId() {
    const qint64 half = qMax<qint64>(m_minId, m_minId + (m_maxId - m_minId) / 2);
    return std::uniform_int_distribution<qint64>(m_minId, half)(m_rng);
}

void Workload::noteError(const QString &where, const QString &what) {
    ++m_counters.errors;
    Q_EMIT message(tr("workload: %1: %2").arg(where, what));
}

QString Workload::statusLine() const {
    const Counters &c = m_counters;
    return tr("workload: %1 orders created, %2 claimed (%3 not available), %4 delivered, %5 lookups, %6 "
              "reports, "
              "%7 idle transactions, %8 lock chains, %9 errors")
        .arg(c.created)
        .arg(c.claimed)
        .arg(c.notAvailable)
        .arg(c.delivered)
        .arg(c.lookups)
        .arg(c.reports)
        .arg(c.idleTransactions)
        .arg(c.lockChains)
        .arg(c.errors);
}

void Workload::stop() {
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_pauser)
        m_pauser->stop();
    // A long report is cancelled rather than waited for.
    for (pg::Connection *c : std::as_const(m_dedicated))
        if (c->isBusy())
            c->cancel();
}

QCoro::Task<pg::Connection *> Workload::dedicated(QString application, int lockTimeoutMs) {
    QPointer<Workload> self(this);
    auto *c = new pg::Connection(this);
    pg::Connection::Options o;
    o.applicationName = application;
    o.lockTimeoutMs = lockTimeoutMs;
    c->setOptions(o);
    const auto err = co_await c->open(m_info);
    if (!self)
        co_return nullptr;
    if (err) {
        noteError(application, err->message);
        c->deleteLater();
        co_return nullptr;
    }
    m_dedicated << c;
    connect(c, &QObject::destroyed, this, [this, c] { m_dedicated.removeAll(c); });
    co_return c;
}

QCoro::Task<void> Workload::refreshIdRange(pg::Connection *c) {
    QPointer<Workload> self(this);
    const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("bench/id_range")));
    if (!self || !r.ok() || r.rows() != 1)
        co_return;
    m_minId = qMax<qint64>(1, r.int64(0, "min_id"));
    m_maxId = qMax(m_minId, r.int64(0, "max_id"));
}

QCoro::Task<std::optional<QString>> Workload::run(pg::ConnInfo info, Options options) {
    QPointer<Workload> self(this);
    m_info = std::move(info);
    m_options = options;
    m_rng.seed(options.seed ? options.seed : QRandomGenerator::global()->generate());
    m_sql = std::make_unique<bench::Statements>(bench::Statements::load());
    m_pauser = new bench::Pauser(this);
    bench::ConnectionPool::Options po;
    po.minSize = 2;
    po.maxSize = 4;
    po.connection.applicationName = QStringLiteral("zariz-api"); // the ticket's application_name
    m_pool = new bench::ConnectionPool(m_info, po, this);
    if (const auto err = co_await m_pool->start())
        co_return err->message;
    if (!self)
        co_return std::nullopt;
    pg::Connection *c = co_await m_pool->acquire();
    if (!self)
        co_return std::nullopt;
    if (!c)
        co_return m_pool->lastError();
    const pg::Result pre = co_await c->query(pg::sqlFile(QStringLiteral("bench/preflight")));
    if (!self)
        co_return std::nullopt;
    if (pre.ok() && pre.boolean(0, "has_schema"))
        co_await refreshIdRange(c);
    if (!self)
        co_return std::nullopt;
    m_pool->release(c);
    if (!pre.ok())
        co_return pre.error()->toString();
    if (!pre.boolean(0, "has_schema"))
        co_return tr("The database has no demo tables (orders, order_events); run pgdba demo init first.");

    Q_EMIT started();
    Q_EMIT message(tr("workload: running on %1 (%2 couriers); stop with SIGTERM or Ctrl+C")
                       .arg(m_info.displayName())
                       .arg(m_options.couriers));
    std::vector<QCoro::Task<void>> actors;
    actors.push_back(storeLoop());
    for (int i = 0; i < m_options.couriers; ++i)
        actors.push_back(courierLoop(kFirstCourierId + i));
    actors.push_back(customerLoop());
    actors.push_back(reportLoop());
    actors.push_back(idleTransactionLoop());
    actors.push_back(lockChainLoop());
    for (auto &a : actors) {
        co_await a;
        if (!self)
            co_return std::nullopt;
    }
    m_pool->close();
    for (pg::Connection *d : std::as_const(m_dedicated))
        d->close();
    Q_EMIT message(statusLine());
    co_return std::nullopt;
}

QCoro::Task<void> Workload::storeLoop() {
    QPointer<Workload> self(this);
    while (!m_stopping) {
        co_await m_pauser->sleep(jitter(3000));
        if (!self || m_stopping)
            co_return;
        pg::Connection *c = co_await m_pool->acquire();
        if (!self)
            co_return;
        if (!c) {
            noteError(QStringLiteral("store"), m_pool->lastError());
            co_await m_pauser->sleep(5000);
            continue;
        }
        const int store = 1 + int(m_rng() % 200);
        QVariantList params;
        params
            << store << QStringLiteral("%1 Herzl St, store %2").arg(1 + store % 97).arg(store)
            << QStringLiteral("%1 Bialik St, apt %2").arg(1 + int(m_rng() % 180)).arg(1 + int(m_rng() % 60))
            << 1 + int(m_rng() % 4) << 900 + int(m_rng() % 9000);
        const pg::Result r = co_await c->query(m_sql->createOrder, params);
        if (!self)
            co_return;
        m_pool->release(c);
        if (!r.ok()) {
            noteError(QStringLiteral("store"), r.error()->toString());
            continue;
        }
        ++m_counters.created;
        m_maxId = qMax(m_maxId, r.int64(0, "order_id"));
    }
}

QCoro::Task<void> Workload::customerLoop() {
    QPointer<Workload> self(this);
    while (!m_stopping) {
        co_await m_pauser->sleep(jitter(5000));
        if (!self || m_stopping)
            co_return;
        pg::Connection *c = co_await m_pool->acquire();
        if (!self)
            co_return;
        if (!c)
            continue;
        // A customer looks at a recent order.
        const qint64 from = qMax(m_minId, m_maxId - qMax<qint64>(100, (m_maxId - m_minId) / 100));
        QVariantList params;
        params << std::uniform_int_distribution<qint64>(from, m_maxId)(m_rng);
        const pg::Result r = co_await c->query(m_sql->getOrder, params);
        if (!self)
            co_return;
        m_pool->release(c);
        if (r.ok())
            ++m_counters.lookups;
        else
            noteError(QStringLiteral("customer"), r.error()->toString());
    }
}

QCoro::Task<bool> Workload::claimOne(int courierId, qint64 *orderId) {
    QPointer<Workload> self(this);
    pg::Connection *c = co_await m_pool->acquire();
    if (!self || !c)
        co_return false;
    const pg::Result list = co_await c->query(m_sql->listNew);
    if (!self)
        co_return false;
    ++m_counters.listed;
    QList<qint64> candidates;
    for (int row = 0; list.ok() && row < list.rows() && row < 3; ++row)
        candidates << list.int64(row, "id");
    if (!list.ok())
        noteError(QStringLiteral("courier"), list.error()->toString());
    bool claimed = false;
    while (!candidates.isEmpty() && !claimed && !m_stopping) {
        const qint64 id = candidates.takeAt(int(m_rng() % quint32(candidates.size())));
        const bench::ClaimTransaction::Result r = co_await bench::ClaimTransaction::run(
            c, m_sql.get(), id, courierId, QStringLiteral("demo workload"));
        if (!self)
            co_return false;
        if (r.outcome == bench::ClaimTransaction::Outcome::Claimed) {
            claimed = true;
            *orderId = id;
            ++m_counters.claimed;
        } else if (r.outcome == bench::ClaimTransaction::Outcome::NotAvailable) {
            ++m_counters.notAvailable;
        } else {
            noteError(QStringLiteral("courier"), r.error.toString());
        }
    }
    m_pool->release(c);
    co_return claimed;
}

QCoro::Task<void> Workload::courierLoop(int courierId) {
    QPointer<Workload> self(this);
    static const QStringList steps = {QStringLiteral("accepted"), QStringLiteral("picked_up"),
                                      QStringLiteral("delivered")};
    while (!m_stopping) {
        co_await m_pauser->sleep(jitter(4000));
        if (!self || m_stopping)
            co_return;
        qint64 orderId = 0;
        const bool got = co_await claimOne(courierId, &orderId);
        if (!self)
            co_return;
        if (!got)
            continue;
        for (const QString &step : steps) {
            co_await m_pauser->sleep(jitter(6000));
            if (!self || m_stopping)
                co_return;
            pg::Connection *c = co_await m_pool->acquire();
            if (!self)
                co_return;
            if (!c)
                break;
            QVariantList own;
            own << courierId;
            const pg::Result mine = co_await c->query(m_sql->courierOrders, own); // the courier app refreshes
            if (!self)
                co_return;
            QVariantList params;
            params << orderId << step << courierId;
            pg::Result r = mine;
            if (mine.ok())
                r = co_await c->query(pg::sqlFile(QStringLiteral("demo/advance_order")), params);
            if (!self)
                co_return;
            m_pool->release(c);
            if (!r.ok()) {
                noteError(QStringLiteral("courier"), r.error()->toString());
                break;
            }
            ++m_counters.advanced;
            if (step == QLatin1String("delivered"))
                ++m_counters.delivered;
        }
    }
}

QCoro::Task<void> Workload::reportLoop() {
    QPointer<Workload> self(this);
    pg::Connection *c = nullptr;
    co_await m_pauser->sleep(jitter(10000));
    while (self && !m_stopping) {
        if (!c || !c->isReady()) {
            if (c)
                c->deleteLater();
            c = co_await dedicated(QStringLiteral("zariz-reports"), 0);
            if (!self)
                co_return;
        }
        if (c) {
            const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("demo/report_daily")));
            if (!self)
                co_return;
            if (r.ok())
                ++m_counters.reports;
            else if (!m_stopping)
                noteError(QStringLiteral("report"), r.error()->toString());
        }
        co_await m_pauser->sleep(jitter(m_options.reportEverySeconds * 1000));
    }
}

QCoro::Task<void> Workload::idleTransactionLoop() {
    QPointer<Workload> self(this);
    pg::Connection *c = nullptr;
    co_await m_pauser->sleep(jitter(15000));
    while (self && !m_stopping) {
        if (!c || !c->isReady()) {
            if (c)
                c->deleteLater();
            c = co_await dedicated(QStringLiteral("zariz-admin"), 0);
            if (!self)
                co_return;
        }
        if (c) {
            // Someone opens a transaction, changes a row and walks away: idle in transaction.
            QVariantList params;
            params << oldOrderId();
            pg::Result r = co_await c->query(m_sql->begin);
            if (!self)
                co_return;
            if (r.ok())
                r = co_await c->query(pg::sqlFile(QStringLiteral("demo/touch_order")), params);
            if (!self)
                co_return;
            if (r.ok()) {
                ++m_counters.idleTransactions;
                co_await m_pauser->sleep(jitter(m_options.idleForSeconds * 1000));
                if (!self)
                    co_return;
            } else {
                noteError(QStringLiteral("idle transaction"), r.error()->toString());
            }
            co_await c->query(m_sql->rollback);
            if (!self)
                co_return;
        }
        co_await m_pauser->sleep(jitter(m_options.idleEverySeconds * 1000));
    }
}

QCoro::Task<void> Workload::lockChainLoop() {
    QPointer<Workload> self(this);
    auto *chain = new LockChain(this);
    co_await m_pauser->sleep(jitter(25000));
    while (self && !m_stopping) {
        ++m_counters.lockChains;
        const bool ok = co_await chain->play(m_info, oldOrderId(), jitter(m_options.lockHoldSeconds * 1000),
                                             m_pauser, m_sql.get());
        if (!self)
            co_return;
        if (!ok && !m_stopping)
            noteError(QStringLiteral("lock chain"), chain->lastError());
        co_await m_pauser->sleep(jitter(m_options.lockChainEverySeconds * 1000));
    }
}

} // namespace demo
