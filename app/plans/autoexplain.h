#pragma once

#include "plans/autoexplainlog.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace plans {

class PlanStore;

// What one ingestion pass did.
struct IngestResult {
    Q_DECLARE_TR_FUNCTIONS(plans::IngestResult)
public:
    int entries = 0;        // auto_explain entries read
    int stored = 0;         // plans stored (with a query id)
    int withoutQueryId = 0; // no statement of pg_stat_statements matches its text
    qint64 bytesRead = 0;
    QString error; // the log could not be read (privilege, folder)
};

// Reads auto_explain's plans (real timings) from the server log into the plan history, where the
// log is readable: a local log folder, or the server's own through pg_ls_logdir/pg_read_file
// (superuser, or pg_monitor + pg_read_server_files). Remembers how far each file was read, so
// each pass reads only what is new. Plans need their query id (auto_explain.log_verbose = on with
// compute_query_id) to join the statement's history.
class AutoExplainReader {
public:
    // auto_explain logs the literal statement and (in 15) no query id: plans are matched to the
    // statements of pg_stat_statements by matchKey (constants and parameter numbers removed,
    // tokens spaced alike, no trailing semicolon). ingestServer reads them itself.
    static QString matchKey(const QString &sql);
    void setStatements(const QHash<QString, qint64> &queryIdByKey) { m_statements = queryIdByKey; }
    // The statement text of a logged plan ("Query Text" of a text or JSON plan).
    static QString queryTextOf(const QByteArray &plan);

    // Files of a local folder (*.log stderr, *.csv csvlog, *.json jsonlog).
    IngestResult ingestFolder(const QString &folder, PlanStore &store, const QString &serverKey);
    // The server's log directory through conn.
    QCoro::Task<IngestResult> ingestServer(pg::Connection *conn, PlanStore *store, QString serverKey);

    IngestResult store(const QList<LoggedPlan> &plans, PlanStore &store, const QString &serverKey) const;

private:
    QHash<QString, qint64> m_offsets; // file -> bytes already parsed
    QHash<QString, qint64> m_statements;
};

} // namespace plans
