#pragma once

#include <QString>

namespace pg {

// What pgdba learns about the server and its own session right after connecting.
struct ServerFacts {
    int versionNum = 0;     // server_version_num, e.g. 150018
    QString version;        // server_version, e.g. "15.18 (Debian 15.18-0+deb12u1)"
    int backendPid = 0;
    QString role;           // current_user
    QString database;
    bool superuser = false;
    bool pgMonitor = false; // member of pg_monitor
    bool pgSignalBackend = false;
    bool pgReadAllStats = false;
    bool inRecovery = false;

    int major() const { return versionNum / 10000; }
    QString shortVersion() const { return version.section(QLatin1Char(' '), 0, 0); }
};

} // namespace pg
