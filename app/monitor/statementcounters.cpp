#include "monitor/statementcounters.h"

#include <QStringList>

#include <algorithm>

namespace monitor {

QString StatementKey::toString() const {
    if (hidden)
        return QStringLiteral("hidden/%1/%2").arg(dbid).arg(userid);
    QString s = QStringLiteral("%1/%2/%3").arg(queryid).arg(dbid).arg(userid);
    if (!toplevel)
        s += QStringLiteral("/nested");
    return s;
}

StatementKey StatementKey::fromString(const QString &s, bool *ok) {
    StatementKey k;
    const QStringList parts = s.split(QLatin1Char('/'));
    bool good = parts.size() >= 3;
    if (good) {
        bool a = true, b = true, c = true;
        if (parts[0] == QLatin1String("hidden")) {
            k.hidden = true;
            k.queryid = 0;
        } else {
            k.queryid = parts[0].toLongLong(&a);
        }
        k.dbid = parts[1].toUInt(&b);
        k.userid = parts[2].toUInt(&c);
        k.toplevel = !(parts.size() > 3 && parts[3] == QLatin1String("nested"));
        good = a && b && c;
    }
    if (ok)
        *ok = good;
    return good ? k : StatementKey{};
}

StatementDelta &StatementDelta::operator+=(const StatementDelta &o) {
    calls += o.calls;
    execMs += o.execMs;
    planMs += o.planMs;
    rows += o.rows;
    sharedHit += o.sharedHit;
    sharedRead += o.sharedRead;
    tempBlocks += o.tempBlocks;
    localRead += o.localRead;
    ioMs += o.ioMs;
    walBytes += o.walBytes;
    return *this;
}

StatementDelta &StatementDelta::operator-=(const StatementDelta &o) {
    // Running window sums lose what leaves the window; floating point drift never goes below 0.
    calls = std::max<qint64>(0, calls - o.calls);
    execMs = std::max(0.0, execMs - o.execMs);
    planMs = std::max(0.0, planMs - o.planMs);
    rows = std::max<qint64>(0, rows - o.rows);
    sharedHit = std::max<qint64>(0, sharedHit - o.sharedHit);
    sharedRead = std::max<qint64>(0, sharedRead - o.sharedRead);
    tempBlocks = std::max<qint64>(0, tempBlocks - o.tempBlocks);
    localRead = std::max<qint64>(0, localRead - o.localRead);
    ioMs = std::max(0.0, ioMs - o.ioMs);
    walBytes = std::max(0.0, walBytes - o.walBytes);
    if (calls == 0 && execMs < 1e-9)
        execMs = 0;
    return *this;
}

double StatementCounters::hitRatio() const {
    const qint64 total = sharedHit + sharedRead;
    return total > 0 ? double(sharedHit) / double(total) : -1.0;
}

StatementDelta StatementCounters::asDelta() const {
    StatementDelta d;
    d.calls = calls;
    d.execMs = totalExecMs;
    d.planMs = totalPlanMs;
    d.rows = rows;
    d.sharedHit = sharedHit;
    d.sharedRead = sharedRead;
    d.tempBlocks = tempBlocks();
    d.localRead = localRead;
    d.ioMs = ioMs();
    d.walBytes = walBytes;
    return d;
}

StatementDelta StatementCounters::minus(const StatementCounters &o) const {
    StatementDelta d;
    d.calls = std::max<qint64>(0, calls - o.calls);
    d.execMs = std::max(0.0, totalExecMs - o.totalExecMs);
    d.planMs = std::max(0.0, totalPlanMs - o.totalPlanMs);
    d.rows = std::max<qint64>(0, rows - o.rows);
    d.sharedHit = std::max<qint64>(0, sharedHit - o.sharedHit);
    d.sharedRead = std::max<qint64>(0, sharedRead - o.sharedRead);
    d.tempBlocks = std::max<qint64>(0, tempBlocks() - o.tempBlocks());
    d.localRead = std::max<qint64>(0, localRead - o.localRead);
    d.ioMs = std::max(0.0, ioMs() - o.ioMs());
    d.walBytes = std::max(0.0, walBytes - o.walBytes);
    return d;
}

void StatementCounters::fold(const StatementCounters &o) {
    if (hiddenCount == 0) {
        minExecMs = o.minExecMs;
        maxExecMs = o.maxExecMs;
    } else {
        minExecMs = std::min(minExecMs, o.minExecMs);
        maxExecMs = std::max(maxExecMs, o.maxExecMs);
    }
    hiddenCount += std::max(1, o.hiddenCount);
    calls += o.calls;
    totalExecMs += o.totalExecMs;
    meanExecMs = calls > 0 ? totalExecMs / double(calls) : 0;
    stddevExecMs = 0; // not derivable from the parts; shown as unknown
    plans += o.plans;
    totalPlanMs += o.totalPlanMs;
    meanPlanMs = plans > 0 ? totalPlanMs / double(plans) : 0;
    rows += o.rows;
    sharedHit += o.sharedHit;
    sharedRead += o.sharedRead;
    sharedDirtied += o.sharedDirtied;
    sharedWritten += o.sharedWritten;
    localHit += o.localHit;
    localRead += o.localRead;
    localDirtied += o.localDirtied;
    localWritten += o.localWritten;
    tempRead += o.tempRead;
    tempWritten += o.tempWritten;
    ioReadMs += o.ioReadMs;
    ioWriteMs += o.ioWriteMs;
    walRecords += o.walRecords;
    walFpi += o.walFpi;
    walBytes += o.walBytes;
    statsSinceMs = std::max(statsSinceMs, o.statsSinceMs);
}

} // namespace monitor
