#include "cli/locks.h"

#include "cli/command.h"
#include "monitor/lockforest.h"
#include "monitor/lockscollector.h"
#include "pg/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli_locks)
};

QJsonValue orNull(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue orNull(qint64 v) {
    return v < 0 ? QJsonValue() : QJsonValue(double(v));
}

QJsonObject nodeJson(const monitor::LockForest &f, int i) {
    const monitor::LockNode &n = f.nodes().at(i);
    const monitor::LockSession &s = n.session;
    static const char *kinds[] = {"backend", "parallel_worker", "prepared_transaction", "vanished"};
    QJsonArray blockedBy, also, children;
    for (int b : s.blockedByPids)
        blockedBy << b;
    for (qint64 k : n.alsoBlockedBy)
        also << double(qMax<qint64>(0, k));
    for (int c : n.children)
        children << nodeJson(f, c);
    const bool waits = n.isWaiting() && s.wait.isValid();
    QJsonObject o{
        {QStringLiteral("pid"), s.pid},
        {QStringLiteral("kind"), QString::fromLatin1(kinds[int(s.kind)])},
        {QStringLiteral("label"), orNull(s.label())},
        {QStringLiteral("blocked_by"), blockedBy},
        {QStringLiteral("also_blocked_by"), also},
        {QStringLiteral("wait_mode"), waits ? QJsonValue(s.wait.mode) : QJsonValue()},
        {QStringLiteral("wait_locktype"), waits ? QJsonValue(s.wait.lockType) : QJsonValue()},
        {QStringLiteral("relation"), waits ? orNull(s.wait.relationText()) : QJsonValue()},
        {QStringLiteral("wait_text"), orNull(n.waitText())},
        {QStringLiteral("waiting_ms"), waits ? orNull(s.wait.waitingMs) : QJsonValue()},
        {QStringLiteral("xact_age_ms"), orNull(s.xactAgeMs)},
        {QStringLiteral("state"), orNull(s.state)},
        {QStringLiteral("user"), orNull(s.user)},
        {QStringLiteral("application"), orNull(s.application)},
        {QStringLiteral("database"), orNull(s.database)},
        {QStringLiteral("query"), orNull(s.query)},
        {QStringLiteral("blocked_direct"), n.directWaiters},
        {QStringLiteral("blocked_total"), n.totalWaiters},
        {QStringLiteral("depth"), n.depth},
        {QStringLiteral("likely_culprit"), n.likelyCulprit},
        {QStringLiteral("in_cycle"), n.inCycle},
        {QStringLiteral("children"), children},
    };
    if (n.isRoot())
        o.insert(QStringLiteral("frees"), n.frees);
    if (s.kind == monitor::LockSession::Kind::PreparedTransaction)
        o.insert(QStringLiteral("prepared_gid"), orNull(s.preparedGid));
    if (s.leaderPid > 0)
        o.insert(QStringLiteral("leader_pid"), s.leaderPid);
    if (s.parallelWorkers > 0)
        o.insert(QStringLiteral("parallel_workers"), s.parallelWorkers);
    return o;
}

void nodeText(const monitor::LockForest &f, int i, const QString &indent, QStringList &out) {
    const monitor::LockNode &n = f.nodes().at(i);
    const monitor::LockSession &s = n.session;
    QString head =
        s.kind == monitor::LockSession::Kind::PreparedTransaction ? s.label() : Tr::tr("pid %1").arg(s.pid);
    if (s.kind != monitor::LockSession::Kind::PreparedTransaction && !s.label().isEmpty())
        head += QStringLiteral(" (") + s.label() + QLatin1Char(')');
    QStringList facts;
    if (!s.state.isEmpty())
        facts << s.state;
    if (s.xactAgeMs >= 0)
        facts << Tr::tr("transaction %1").arg(monitor::lockAgeText(s.xactAgeMs));
    if (n.totalWaiters > 0)
        facts << (n.totalWaiters == n.directWaiters
                      ? Tr::tr("blocks %1").arg(n.totalWaiters)
                      : Tr::tr("blocks %1 (%2 direct)").arg(n.totalWaiters).arg(n.directWaiters));
    if (n.isRoot() && n.totalWaiters > 0)
        facts << Tr::tr("ending it frees %1").arg(n.frees);
    if (n.likelyCulprit)
        facts << Tr::tr("LIKELY CULPRIT: idle in transaction");
    if (n.inCycle)
        facts << Tr::tr("wait cycle");
    out << indent + head + QStringLiteral("  ") + facts.join(QStringLiteral(" · "));
    const QString more = indent + QStringLiteral("    ");
    if (n.isWaiting())
        out << more + Tr::tr("%1 for %2").arg(n.waitText(), monitor::lockAgeText(s.wait.waitingMs));
    if (!s.user.isEmpty() || !s.application.isEmpty())
        out << more + QStringLiteral("%1 · %2 · %3").arg(s.user, s.application, s.database);
    QString q = s.query.simplified();
    if (q.size() > 120)
        q = q.left(119) + QChar(0x2026);
    if (!q.isEmpty())
        out << more + q;
    for (int c : n.children)
        nodeText(f, c, indent + QStringLiteral("  "), out);
}
} // namespace

QJsonObject lockTreeJson(const monitor::LockForest &f) {
    QJsonArray roots;
    for (int r : f.roots())
        roots << nodeJson(f, r);
    return {{QStringLiteral("taken_at"),
             QDateTime::fromMSecsSinceEpoch(f.takenAtMs()).toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("blocked_sessions"), f.blockedCount()},
            {QStringLiteral("root_blockers"), int(f.roots().size())},
            {QStringLiteral("depth"), f.depth()},
            {QStringLiteral("cycle"), f.hasCycle()},
            {QStringLiteral("roots"), roots}};
}

QString lockTreeText(const monitor::LockForest &f) {
    if (f.blockedCount() == 0)
        return Tr::tr("No session is waiting for a lock.");
    QStringList out;
    out << Tr::tr("blocked sessions: %1, root blockers: %2, longest chain: %3")
               .arg(f.blockedCount())
               .arg(f.roots().size())
               .arg(f.depth());
    for (int r : f.roots()) {
        out << QString();
        nodeText(f, r, QString(), out);
    }
    return out.join(QLatin1Char('\n'));
}

QCoro::Task<int> runLocks(QStringList args) {
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Who blocks whom: the lock tree, rooted at the root blockers."));
    addDsnOption(p);
    p.addOption({QStringLiteral("json"), Tr::tr("Print JSON (stable field names).")});
    int code = 0;
    if (!parseArgs(p, QStringLiteral("locks"), args, &code))
        co_return code;

    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba locks");
    o.readOnly = true;
    o.statementTimeoutMs = 10000;
    o.lockTimeoutMs = 1000;
    c.setOptions(o);
    if (auto e = co_await c.open(connInfo(p))) {
        err(QStringLiteral("pgdba: ") + e->message);
        co_return 2;
    }
    const monitor::LocksFetch f = co_await monitor::LocksCollector::fetch(&c, false);
    if (f.error) {
        err(QStringLiteral("pgdba: ") + f.error->message);
        co_return 2;
    }
    const monitor::LockForest &forest = f.forest;
    if (p.isSet(QStringLiteral("json")))
        out(jsonText(QJsonDocument(lockTreeJson(forest))));
    else
        out(lockTreeText(forest));
    co_return 0;
}

} // namespace cli
