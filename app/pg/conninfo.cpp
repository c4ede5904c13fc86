#include "pg/conninfo.h"
#include "pg/secrets.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include "pg/awaitfuture.h"
#include <libpq-fe.h>

namespace pg {

namespace {
QMap<QByteArray, QString> parseDsn(const QString &dsn, QString *error) {
    QMap<QByteArray, QString> out;
    if (dsn.trimmed().isEmpty())
        return out;
    const QByteArray utf8 = dsn.toUtf8();
    // A bare word is a database name for libpq (psql's behaviour), not a conninfo string.
    const bool looksLikeConnString =
        utf8.contains('=') || utf8.startsWith("postgresql://") || utf8.startsWith("postgres://");
    if (!looksLikeConnString) {
        out.insert("dbname", dsn);
        return out;
    }
    char *err = nullptr;
    PQconninfoOption *opts = PQconninfoParse(utf8.constData(), &err);
    if (!opts) {
        if (error)
            *error = err ? QString::fromUtf8(err).trimmed() : QStringLiteral("invalid connection string");
        PQfreemem(err);
        return out;
    }
    for (auto *o = opts; o->keyword; ++o) {
        if (o->val)
            out.insert(QByteArray(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(opts);
    return out;
}

QString quoteValue(const QString &v) {
    QString q = v;
    q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    q.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

QString ConnInfo::validate() const {
    QString err;
    parseDsn(m_dsn, &err);
    return redactPasswords(err);
}

QString redactPasswords(const QString &text) {
    static const QRegularExpression uriUserinfo(
        QStringLiteral("(postgres(?:ql)?://[^:@/?#\\s]*):[^/?#\\s]*@"));
    static const QRegularExpression keyword(
        QStringLiteral("password\\s*=\\s*(?:'(?:[^'\\\\]|\\\\.)*'?|[^\\s&]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(uriUserinfo, QStringLiteral("\\1@"));
    out.replace(keyword, QString());
    return out;
}

QString serverKey(const ConnInfo &info) {
    const auto e = info.effective();
    QString host = e.value("host");
    if (host.isEmpty())
        host = e.value("hostaddr");
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QString key =
        host + QLatin1Char(':') + (e.value("port").isEmpty() ? QStringLiteral("5432") : e.value("port"));
    // Behind different bastions, "localhost:5432" are different servers.
    if (info.ssh().isSet())
        key +=
            QStringLiteral(" via ") + info.ssh().host + QLatin1Char(':') + QString::number(info.ssh().port);
    return key;
}

void ConnInfo::set(const QByteArray &key, const QString &value) {
    if (value.isEmpty())
        m_overrides.remove(key);
    else
        m_overrides.insert(key, value);
}

QString ConnInfo::get(const QByteArray &key) const {
    if (m_overrides.contains(key))
        return m_overrides.value(key);
    return parseDsn(m_dsn, nullptr).value(key);
}

QMap<QByteArray, QString> ConnInfo::effective() const {
    QMap<QByteArray, QString> out;
    // libpq's defaults (which read PG* variables and the service file).
    if (PQconninfoOption *defs = PQconndefaults()) {
        for (auto *o = defs; o->keyword; ++o)
            if (o->val)
                out.insert(QByteArray(o->keyword), QString::fromUtf8(o->val));
        PQconninfoFree(defs);
    }
    const auto parsed = parseDsn(m_dsn, nullptr);
    for (auto it = parsed.begin(); it != parsed.end(); ++it)
        out.insert(it.key(), it.value());
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it)
        out.insert(it.key(), it.value());
    if (out.value("dbname").isEmpty())
        out.insert("dbname", out.value("user"));
    return out;
}

QString ConnInfo::displayName() const {
    const auto e = effective();
    QString host = e.value("host");
    if (host.isEmpty())
        host = e.value("hostaddr");
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        host = host.isEmpty() ? QStringLiteral("localhost") : QStringLiteral("[socket]");
    QString s = e.value("user") + QLatin1Char('@') + host;
    const QString port = e.value("port");
    if (!port.isEmpty())
        s += QLatin1Char(':') + port;
    return s + QLatin1Char('/') + e.value("dbname");
}

ConnInfo ConnInfo::withoutPassword() const {
    ConnInfo c;
    QString err;
    const auto parsed = parseDsn(m_dsn, &err);
    if (parsed.contains("password")) {
        // Rebuild the dsn without the password; keep everything else explicit.
        QStringList parts;
        for (auto it = parsed.begin(); it != parsed.end(); ++it)
            if (it.key() != "password")
                parts << QString::fromUtf8(it.key()) + QLatin1Char('=') + quoteValue(it.value());
        c.m_dsn = parts.join(QLatin1Char(' '));
    } else {
        // Also when libpq cannot parse it (a typo such as "sslmod="): a password typed into it
        // must still never be stored or shown.
        c.m_dsn = err.isEmpty() ? m_dsn : redactPasswords(m_dsn);
    }
    c.m_overrides = m_overrides;
    c.m_overrides.remove("password");
    return c;
}

QString ConnInfo::toConnString(bool includePassword) const {
    QStringList parts;
    auto parsed = parseDsn(m_dsn, nullptr);
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it)
        parsed.insert(it.key(), it.value());
    for (auto it = parsed.begin(); it != parsed.end(); ++it) {
        if (!includePassword && (it.key() == "password" || it.key() == "sslpassword"))
            continue;
        parts << QString::fromUtf8(it.key()) + QLatin1Char('=') + quoteValue(it.value());
    }
    return parts.join(QLatin1Char(' '));
}

QString ConnInfo::sshTarget(int *port, QString *error) const {
    const auto e = effective();
    QString host = e.value("host").section(QLatin1Char(','), 0, 0);
    if (host.isEmpty())
        host = e.value("hostaddr").section(QLatin1Char(','), 0, 0);
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'))) {
        // libpq's default is a local socket; through SSH the database is on the far side.
        if (!host.isEmpty() && !m_overrides.contains("host") && !parseDsn(m_dsn, nullptr).contains("host"))
            host.clear(); // PGHOST's socket: not meant for the far side either
        if (!host.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate(
                             "pg::ConnInfo", "a Unix socket (%1) cannot be reached through SSH: give the "
                                             "database host as the SSH server sees it (e.g. localhost)")
                             .arg(host);
            return {};
        }
        host = QStringLiteral("localhost");
    }
    const QString p = e.value("port").section(QLatin1Char(','), 0, 0);
    *port = p.isEmpty() ? 5432 : p.toInt();
    return host;
}

QList<QByteArray> ConnInfo::keywords() const {
    QList<QByteArray> k;
    k << "dbname";
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it)
        k << it.key();
    return k;
}

QList<QByteArray> ConnInfo::values() const {
    QList<QByteArray> v;
    v << m_dsn.toUtf8();
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it)
        v << it.value().toUtf8();
    return v;
}

QStringList ConnInfo::lookupHosts(const QStringList &hosts) {
    QStringList out;
    for (const auto &h : hosts) {
        if (h.isEmpty() || h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@'))) {
            out << QString();
            continue;
        }
        if (!QHostAddress(h).isNull()) {
            out << h;
            continue;
        }
        const QHostInfo info = QHostInfo::fromName(h);
        const auto list = info.addresses();
        out << (list.isEmpty() ? QString() : list.first().toString());
    }
    return out;
}

ConnInfo ConnInfo::applyResolution(ConnInfo copy, const QStringList &hosts, const QStringList &addrs) {
    bool anyResolved = false;
    for (int i = 0; i < hosts.size(); ++i) {
        const QString &h = hosts[i];
        const QString a = i < addrs.size() ? addrs[i] : QString();
        if (!a.isEmpty())
            anyResolved = true;
        else if (!h.isEmpty() && !h.startsWith(QLatin1Char('/')) && !h.startsWith(QLatin1Char('@'))) {
            if (copy.m_resolveError.isEmpty())
                copy.m_resolveError =
                    QStringLiteral("could not translate host name \"%1\" to address").arg(h);
        }
    }
    if (anyResolved) {
        copy.m_resolveError.clear();
        copy.set("host", hosts.join(QLatin1Char(',')));
        copy.set("hostaddr", addrs.join(QLatin1Char(',')));
    }
    return copy;
}

// Kept small on purpose: g++ 12 mis-handles temporaries in long coroutine bodies, so the
// logic lives in plain functions and the coroutine only awaits.
QCoro::Task<ConnInfo> ConnInfo::resolved() const {
    ConnInfo copy = *this;
    const auto e = effective();
    if (!e.value("hostaddr").isEmpty())
        co_return copy;
    const QString hostList = e.value("host");
    if (hostList.isEmpty())
        co_return copy;
    const QStringList hosts = hostList.split(QLatin1Char(','));
    bool needsLookup = false;
    for (const auto &h : hosts) {
        if (h.isEmpty() || h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@')))
            continue; // Unix socket directory or abstract socket
        if (QHostAddress(h).isNull())
            needsLookup = true;
    }
    if (!needsLookup)
        co_return copy;
    // getaddrinfo blocks; run it on the thread pool and await it. Future and awaiter are
    // named locals: g++ 12 destroys temporaries inside a co_await expression twice.
    QFuture<QStringList> lookup = QtConcurrent::run(&ConnInfo::lookupHosts, hosts);
    auto awaiter = awaitFuture(lookup);
    QStringList addrs = co_await awaiter;
    co_return applyResolution(std::move(copy), hosts, addrs);
}

} // namespace pg
