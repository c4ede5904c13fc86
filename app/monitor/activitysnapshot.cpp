#include "monitor/activitysnapshot.h"

#include "pg/result.h"

#include <QSet>

namespace monitor {

QString ActivitySession::waitText() const {
    if (waitEventType.isEmpty())
        return {};
    return waitEvent.isEmpty() ? waitEventType : waitEventType + QStringLiteral(": ") + waitEvent;
}

ActivitySnapshot ActivitySnapshot::fromResult(const pg::Result &r) {
    ActivitySnapshot s;
    const int n = r.rows();
    s.sessions.reserve(n);
    // Column numbers once, not per row.
    const int cPid = r.column("pid"), cDb = r.column("datname"), cUser = r.column("usename"),
              cApp = r.column("application_name"), cClient = r.column("client_addr"),
              cType = r.column("backend_type"), cState = r.column("state"), cWt = r.column("wait_event_type"),
              cWe = r.column("wait_event"), cQuery = r.column("query"), cQid = r.column("query_id"),
              cBs = r.column("backend_start_ms"), cXs = r.column("xact_start_ms"),
              cQs = r.column("query_start_ms"), cSc = r.column("state_change_ms"),
              cBlock = r.column("blocking_pids"), cXid = r.column("xid_age"), cXmin = r.column("xmin_age");
    for (int i = 0; i < n; ++i) {
        ActivitySession a;
        a.pid = int(r.int64(i, cPid));
        a.database = r.text(i, cDb);
        a.user = r.text(i, cUser);
        a.application = r.text(i, cApp);
        a.clientAddr = r.text(i, cClient);
        a.backendType = r.text(i, cType);
        a.state = r.text(i, cState);
        a.waitEventType = r.text(i, cWt);
        a.waitEvent = r.text(i, cWe);
        a.query = r.text(i, cQuery);
        a.hasQueryId = cQid >= 0 && !r.isNull(i, cQid);
        a.queryId = a.hasQueryId ? r.int64(i, cQid) : 0;
        a.backendStartMs = r.int64(i, cBs);
        a.xactStartMs = r.int64(i, cXs);
        a.queryStartMs = r.int64(i, cQs);
        a.stateChangeMs = r.int64(i, cSc);
        if (!r.isNull(i, cBlock))
            for (const QString &p : pg::Result::parseArray(r.text(i, cBlock)))
                a.blockingPids << p.toInt();
        a.xidAge = r.int64(i, cXid, -1);
        a.xminAge = r.int64(i, cXmin, -1);
        s.sessions << std::move(a);
    }
    if (n > 0) {
        s.sampledAtMs = r.int64(0, "sampled_at_ms");
        s.serverMs = r.dbl(0, "server_ms");
        s.querySize = int(r.int64(0, "query_size"));
    }
    return s;
}

QList<int> ActivitySnapshot::blockerPids() const {
    QSet<int> set;
    for (const auto &a : sessions)
        for (int p : a.blockingPids)
            set.insert(p);
    QList<int> out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace monitor
