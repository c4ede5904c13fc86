#include "sandbox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace sandbox {

namespace {
QHash<QString, QString> load() {
    QHash<QString, QString> vars;
    QFile f(QStringLiteral(PGDBA_SANDBOX_STATE));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("sandbox state %s missing: run the tests through CTest (scripts/test)", PGDBA_SANDBOX_STATE);
    }
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression re(QStringLiteral(R"(^export (\w+)=(.*)$)"),
                                       QRegularExpression::MultilineOption);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString v = m.captured(2);
        if (v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
            v = v.mid(1, v.size() - 2);
        vars.insert(m.captured(1), v);
    }
    return vars;
}
} // namespace

QString env(const QString &key) {
    static const QHash<QString, QString> vars = load();
    return vars.value(key);
}

QString dsn(const QString &dbname) {
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3")
        .arg(env(QStringLiteral("PGHOST")), env(QStringLiteral("PGPORT")), dbname);
}

QString tcpDsn(const QString &pw, const QString &dbname) {
    QString s = QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=%2")
                    .arg(env(QStringLiteral("PGPORT")), dbname);
    if (!pw.isEmpty())
        s += QStringLiteral(" password=") + pw;
    return s;
}

namespace {
bool runScript(const QString &verb, const QString &state, const QStringList &extraEnv, int timeoutMs) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PGDBA_SOURCE_DIR "/scripts/pg-sandbox"), {verb, state});
    // Wait while still processing events, so the code under test keeps running.
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    if (p.exitCode() != 0)
        qWarning("pg-sandbox %s failed: %s", qPrintable(verb), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

Private::Private(const QStringList &extraEnv)
    : m_env(extraEnv) {
    static int counter = 0;
    m_state = QStringLiteral("%1/pg-sandbox-private-%2-%3.env")
                  .arg(QStringLiteral(PGDBA_BINARY_DIR))
                  .arg(QCoreApplication::applicationPid())
                  .arg(++counter);
    m_ok = run(QStringLiteral("start"));
    QFile f(m_state);
    if (m_ok && f.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(f.readAll());
        static const QRegularExpression host(QStringLiteral("export PGHOST=(\\S+)")),
            port(QStringLiteral("export PGPORT=(\\S+)"));
        m_host = host.match(text).captured(1);
        m_port = port.match(text).captured(1);
    }
}

Private::~Private() {
    run(QStringLiteral("stop"));
}

bool Private::run(const QString &verb) {
    return runScript(verb, m_state, m_env, 60000);
}
bool Private::restart() {
    return run(QStringLiteral("restart"));
}

QString Private::dsn(const QString &dbname) const {
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3").arg(m_host, m_port, dbname);
}

QString password() {
    return env(QStringLiteral("PGDBA_SANDBOX_PASSWORD"));
}
int port() {
    return env(QStringLiteral("PGPORT")).toInt();
}
QString dataDir() {
    return env(QStringLiteral("PGDBA_SANDBOX_DATA"));
}

bool run(const QString &verb, int timeoutMs) {
    return runScript(verb, QStringLiteral(PGDBA_SANDBOX_STATE), {}, timeoutMs);
}

QString psql(const QString &sql, const QString &dbname, bool *ok) {
    QProcess p;
    p.start(env(QStringLiteral("PGDBA_PG_BIN")) + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), dsn(dbname),
             QStringLiteral("-c"), sql});
    p.waitForFinished(120000);
    const bool good = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = good;
    if (!good)
        qWarning("psql failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString createDatabase(const QString &name) {
    psql(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    // From template0, which takes no connections: copying template1 fails while anyone is connected
    // to it ("source database "template1" is being accessed by other users"), and the fleet tests
    // watch template1 as a second server. The extensions pg-sandbox puts in template1, added here.
    psql(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0").arg(name));
    if (qEnvironmentVariableIsEmpty("PGDBA_SANDBOX_NO_PRELOAD"))
        psql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"), name);
    if (QFile::exists(QStringLiteral("/usr/share/postgresql/15/extension/hypopg.control")))
        psql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS hypopg"), name);
    return dsn(name);
}

} // namespace sandbox
