#pragma once

#include "pg/connection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>

namespace testutil {

// Opens a real connection to the sandbox (a second session for the test's own use).
std::unique_ptr<pg::Connection> connect(const QString &dsn,
                                        const QString &appName = QStringLiteral("pgdba test"));
// Runs one statement on the connection and fails the calling QTest on error (returns result).
pg::Result exec(pg::Connection &c, const QString &sql, const QVariantList &params = {});
// Spins the event loop until pred() or the timeout; true when pred() held.
bool waitUntil(const std::function<bool()> &pred, int timeoutMs = 5000);
// How many sessions pg_stat_activity shows matching the condition (SQL, e.g.
// "pid = 42 AND wait_event = 'PgSleep'"), asked over a fresh connection to the sandbox without
// blocking the event loop; -1 on error.
int activityCount(const QString &where);
// Spins the event loop until the server shows a session matching the condition: instead of
// sleeping and hoping a statement has started, waits on what the server says.
bool waitForActivity(const QString &where, int timeoutMs = 10000);
// Handles pending posted events (layout requests, deferred updates) before a grab.
void settle();
// Isolates QSettings / data folders of a test in a temporary directory.
void isolateSettings();

} // namespace testutil
