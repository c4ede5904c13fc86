#pragma once

#include "plans/plancapture.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace plans {

// A statement of pg_stat_statements (current database) and its captured generic plan.
struct StatementCapture {
    Q_DECLARE_TR_FUNCTIONS(plans::StatementCapture)
public:
    qint64 queryid = 0;
    QString query;
    qint64 calls = -1;
    std::optional<double> meanMs;
    Capture capture;
    QString error; // the statement could not be looked up (no extension, no such query id)
};

// Looks the statement up by query id in the current database and captures its generic plan
// (plancapture.h) on conn, which must be a connection of its own.
QCoro::Task<StatementCapture> captureStatement(pg::Connection *conn, qint64 queryid,
                                               CaptureOptions options = {});

} // namespace plans
