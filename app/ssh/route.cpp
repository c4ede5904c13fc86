#include "ssh/route.h"

#include <QDir>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace ssh {

namespace {
struct Endpoint {
    QString user, host;
    int port = 22;
};

std::optional<Endpoint> parseEndpoint(const QString &spec, QString *error) {
    static const QRegularExpression re(
        QStringLiteral("^(?:([^@\\s]+)@)?(\\[[0-9A-Fa-f:.]+\\]|[^@:\\s\\[\\]]+)(?::(\\d{1,5}))?$"));
    const auto m = re.match(spec.trimmed());
    if (!m.hasMatch()) {
        if (error)
            *error = Route::tr("\"%1\" is not an SSH address: use user@host or user@host:port").arg(spec);
        return std::nullopt;
    }
    Endpoint e;
    e.user = m.captured(1);
    e.host = m.captured(2);
    if (e.host.startsWith(QLatin1Char('[')))
        e.host = e.host.mid(1, e.host.size() - 2);
    if (!m.captured(3).isEmpty()) {
        e.port = m.captured(3).toInt();
        if (e.port < 1 || e.port > 65535) {
            if (error)
                *error = Route::tr("SSH port %1 is out of range (1-65535)").arg(m.captured(3));
            return std::nullopt;
        }
    }
    return e;
}

QString endpointText(const QString &user, const QString &host, int port) {
    QString s = user.isEmpty() ? QString() : user + QLatin1Char('@');
    s += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port != 22)
        s += QLatin1Char(':') + QString::number(port);
    return s;
}
} // namespace

std::optional<Route> Route::parse(const QString &spec, QString *error) {
    const auto e = parseEndpoint(spec, error);
    if (!e)
        return std::nullopt;
    Route r;
    r.user = e->user;
    r.host = e->host;
    r.port = e->port;
    return r;
}

bool Route::setJump(const QString &spec, QString *error) {
    const auto e = parseEndpoint(spec, error);
    if (!e)
        return false;
    jumpUser = e->user;
    jumpHost = e->host;
    jumpPort = e->port;
    return true;
}

QString Route::display() const {
    QString s = endpointText(user, host, port);
    if (hasJump())
        s += tr(" via %1").arg(endpointText(jumpUser, jumpHost, jumpPort));
    return s;
}

QString Route::effectiveUser() const {
    if (!user.isEmpty())
        return user;
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

QString Route::effectiveKnownHosts() const {
    if (!knownHostsFile.isEmpty())
        return knownHostsFile;
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

} // namespace ssh
