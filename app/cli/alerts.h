#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {

// `pgdba alerts [--store S] [--server NAME | --dsn DSN] [--since T] [--json]`: the open alerts and
// the recent ones from the alert history (what the GUI and `pgdba record` evaluated).
// `pgdba alerts ack ID [--by NAME]` acknowledges an open alert; `pgdba alerts rules [--json] [--import
// FILE] [--reset] [--hook COMMAND]` shows or sets the rules (QSettings, as the window edits them).
// Exit codes: 0 no critical alert open, 2 at least one critical alert is open (cron/Nagios),
// 3 no such alert (ack), 4 the store cannot be opened, 64 bad usage.
QCoro::Task<int> runAlerts(QStringList args);

} // namespace cli
