#include "testutil.h"

#include <QTest>

namespace testutil {

std::unique_ptr<pg::Connection> connect(const QString &dsn, const QString &appName)
{
    auto c = std::make_unique<pg::Connection>();
    pg::Connection::Options o;
    o.applicationName = appName;
    c->setOptions(o);
    const auto err = QCoro::waitFor(c->open(pg::ConnInfo(dsn)));
    if (err)
        qWarning("test connection failed: %s", qPrintable(err->message));
    return c;
}

pg::Result exec(pg::Connection &c, const QString &sql, const QVariantList &params)
{
    pg::Result r = QCoro::waitFor(c.query(sql, params));
    if (!r.ok())
        qWarning("query failed: %s -- %s", qPrintable(r.error()->toString()), qPrintable(sql));
    return r;
}

bool waitUntil(const std::function<bool()> &pred, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!pred()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(5);
    }
    return true;
}

void isolateSettings()
{
    static QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace testutil
