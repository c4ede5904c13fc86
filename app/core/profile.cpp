#include "core/profile.h"

namespace core {

pg::ConnInfo Profile::connInfo() const {
    pg::ConnInfo c(dsn);
    if (!host.isEmpty())
        c.set("host", host);
    if (port > 0)
        c.set("port", QString::number(port));
    if (!dbname.isEmpty())
        c.set("dbname", dbname); // a later dbname keyword is a plain name for libpq
    if (!user.isEmpty())
        c.set("user", user);
    if (!sslmode.isEmpty())
        c.set("sslmode", sslmode);
    if (connectTimeoutS > 0 && c.get("connect_timeout").isEmpty())
        c.set("connect_timeout", QString::number(connectTimeoutS));
    c.set("sslrootcert", sslrootcert);
    c.set("sslcert", sslcert);
    c.set("sslkey", sslkey);
    c.set("sslcrl", sslcrl);
    c.set("ssl_min_protocol_version", sslMinProtocol);
    c.setSsh(sshRoute());
    return c;
}

ssh::Route Profile::sshRoute() const {
    ssh::Route r;
    if (sshHost.trimmed().isEmpty())
        return r;
    r.host = sshHost.trimmed();
    r.port = sshPort > 0 ? sshPort : 22;
    r.user = sshUser.trimmed();
    r.keyFile = sshKeyFile.trimmed();
    if (!sshJump.trimmed().isEmpty())
        r.setJump(sshJump.trimmed(), nullptr);
    r.connectTimeoutS = connectTimeoutS > 0 ? connectTimeoutS : 10;
    return r;
}

Profile Profile::fromDsn(const QString &dsn, QString *passwordOut) {
    Profile p;
    const pg::ConnInfo c(dsn);
    if (passwordOut)
        *passwordOut = c.password();
    p.dsn = c.withoutPassword().dsn();
    return p;
}

} // namespace core
