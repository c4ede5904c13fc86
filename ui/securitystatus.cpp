#include "securitystatus.h"

#include "core/workspace.h"
#include "pg/connection.h"
#include "ssh/route.h"

namespace ui {

SecurityStatus::SecurityStatus(core::Workspace *workspace, QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("statusSecurity"));
    connect(workspace, &core::Workspace::currentChanged, this, &SecurityStatus::refresh);
    connect(workspace, &core::Workspace::sessionStateChanged, this, &SecurityStatus::refresh);
    refresh();
}

SecurityStatus::~SecurityStatus() = default;

QString SecurityStatus::describe(const pg::Connection &c, const ssh::Route &route) {
    QStringList parts;
    if (route.isSet())
        parts << (c.state() == pg::Connection::State::Lost ? tr("SSH %1: reconnecting").arg(route.display())
                                                           : tr("SSH %1").arg(route.display()));
    if (c.isReady()) {
        const auto &t = c.tls();
        if (t.encrypted)
            parts << tr("encrypted %1 · %2 · %3")
                         .arg(t.protocol, t.cipher,
                              t.hostNameVerified      ? tr("certificate verified")
                              : t.certificateVerified ? tr("certificate verified, host name not checked")
                                                      : tr("certificate not verified"));
        else if (c.connInfo().get("host").startsWith(QLatin1Char('/')) && !route.isSet())
            parts << tr("local socket");
        else
            parts << tr("not encrypted");
    }
    return parts.join(QStringLiteral(" · "));
}

QString SecurityStatus::explain(const pg::Connection &c, const ssh::Route &route) {
    QStringList lines;
    if (route.isSet())
        lines << tr("Through an SSH tunnel via %1 (host key checked against %2).")
                     .arg(route.display(), route.effectiveKnownHosts());
    if (c.isReady()) {
        const auto &t = c.tls();
        if (!t.encrypted)
            lines << (route.isSet()
                          ? tr("The database connection itself is not encrypted; the SSH tunnel encrypts "
                               "it up to the SSH server.")
                          : tr("Not encrypted: passwords and data cross the network in clear."));
        else if (t.hostNameVerified)
            lines << tr("Encrypted with %1 (%2, %3 bits). The server's certificate was checked against the "
                        "root "
                        "certificate and names this host (sslmode verify-full).")
                         .arg(t.protocol, t.cipher)
                         .arg(t.keyBits);
        else if (t.certificateVerified)
            lines << tr("Encrypted with %1 (%2). The certificate was checked against the root certificate, "
                        "but not "
                        "the host name (sslmode verify-ca).")
                         .arg(t.protocol, t.cipher);
        else
            lines << tr("Encrypted with %1 (%2), but the server's certificate was NOT checked (sslmode %3): "
                        "a man "
                        "in the middle would not be noticed. Use verify-full with the server's root "
                        "certificate.")
                         .arg(t.protocol, t.cipher,
                              t.sslmode.isEmpty() ? QStringLiteral("prefer") : t.sslmode);
    }
    return lines.join(QLatin1Char('\n'));
}

void SecurityStatus::refresh() {
    core::ServerSession *s = m_workspace->current();
    if (!s) {
        clear();
        setToolTip({});
        return;
    }
    const ssh::Route route = s->profile().sshRoute();
    setText(describe(*s->monitor(), route));
    setToolTip(explain(*s->monitor(), route));
}

} // namespace ui
