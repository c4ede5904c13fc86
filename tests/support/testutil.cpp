#include "testutil.h"

#include "sandbox.h"

#include <QSettings>
#include <QTest>

namespace testutil {

std::unique_ptr<pg::Connection> connect(const QString &dsn, const QString &appName) {
    auto c = std::make_unique<pg::Connection>();
    pg::Connection::Options o;
    o.applicationName = appName;
    c->setOptions(o);
    const auto err = QCoro::waitFor(c->open(pg::ConnInfo(dsn)));
    if (err)
        qWarning("test connection failed: %s", qPrintable(err->message));
    return c;
}

pg::Result exec(pg::Connection &c, const QString &sql, const QVariantList &params) {
    pg::Result r = QCoro::waitFor(c.query(sql, params));
    if (!r.ok())
        qWarning("query failed: %s -- %s", qPrintable(r.error()->toString()), qPrintable(sql));
    return r;
}

bool waitUntil(const std::function<bool()> &pred, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(5);
    }
    return true;
}

int activityCount(const QString &where) {
    pg::Connection c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba test probe");
    c.setOptions(o);
    if (QCoro::waitFor(c.open(pg::ConnInfo(sandbox::dsn()))))
        return -1;
    const pg::Result r = QCoro::waitFor(c.query(
        QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND (%1)")
            .arg(where)));
    if (!r.ok()) {
        qWarning("activityCount: %s", qPrintable(r.error()->toString()));
        return -1;
    }
    return int(r.int64(0, "n"));
}

bool waitForActivity(const QString &where, int timeoutMs) {
    return waitUntil([&] { return activityCount(where) > 0; }, timeoutMs);
}

void settle() {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void isolateSettings() {
    static QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    // Test mode alone puts QSettings in ~/.qttest, shared by every run: a threshold saved by a
    // test that failed half-way was read by the next run. Each process gets its own.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("config")));
}

} // namespace testutil
