#pragma once

#include <QStringList>
#include <qcoro/qcorotask.h>

namespace cli {

// `pgdba plans --dsn DSN --queryid Q [--capture [--allow-writes]] [--store S] [--json]`: the plan
// shapes of one statement the history store keeps (fingerprint, first seen, last seen, how often,
// the statement's mean time meanwhile); --capture captures its generic plan now first (never
// running it; statements that write only with --allow-writes).
// Exit codes: 0 done, 1 nothing captured or stored, 2 connection error, 4 store error, 64 bad usage.
QCoro::Task<int> runPlans(QStringList args);

} // namespace cli
