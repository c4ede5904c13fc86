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
std::unique_ptr<pg::Connection> connect(const QString &dsn, const QString &appName = QStringLiteral("pgdba test"));
// Runs one statement on the connection and fails the calling QTest on error (returns result).
pg::Result exec(pg::Connection &c, const QString &sql, const QVariantList &params = {});
// Spins the event loop until pred() or the timeout; true when pred() held.
bool waitUntil(const std::function<bool()> &pred, int timeoutMs = 5000);
// Isolates QSettings / data folders of a test in a temporary directory.
void isolateSettings();

} // namespace testutil
