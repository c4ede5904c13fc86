#pragma once

#include "pg/conninfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace core {
struct Profile;
}

namespace fleet {

// One saved server the fleet watches: its profile's identity and connection (with the password
// from the keyring when one is stored there).
struct Target {
    QString id; // profile id
    QString name;
    QString group;
    pg::ConnInfo info;
    QString historyKey; // ServerSession::historyKeyFor(info): where the recorder writes its points
};

// One point of a server's transactions-per-second line.
struct TpsPoint {
    qint64 tsMs = 0;
    double tps = 0;
};

// What the Fleet page and `pgdba fleet` show of one server.
struct ServerStatus {
    Q_DECLARE_TR_FUNCTIONS(fleet::ServerStatus)
public:
    enum class State { Pending, Up, Down };

    QString id, name, group, historyKey;
    State state = State::Pending; // Pending: no answer yet (connecting, or the first sample)
    QString error;                // libpq's message of the last failure, kept while down
    QString version;              // "15.18"
    int versionNum = 0;
    bool standby = false;
    int active = -1; // -1: not known yet
    int waiting = -1;
    std::optional<double> tps;      // transactions per second over the last interval
    std::optional<double> cacheHit; // 0..1 over the last interval (cumulative when it read nothing)
    std::optional<double> lagS;     // replication lag in seconds (standby: replay; primary: worst standby)
    int healthCritical = -1;        // -1: not checked yet (health checks run every HealthEveryMs)
    int healthWarning = -1;
    // The open alerts of this server (from the alert history, FleetCollector::setOpenAlerts()).
    int openAlerts = 0;
    int openCriticalAlerts = 0;
    qint64 lastSampleMs = 0;    // epoch ms of the last good sample
    int failures = 0;           // consecutive failed attempts
    qint64 retryAtMs = 0;       // epoch ms of the next attempt while down
    qint64 lastFailureMs = 0;   // epoch ms the last failed attempt ended
    QList<TpsPoint> tpsHistory; // the last hour, oldest first (history store + live samples)

    bool reachable() const { return state == State::Up; }
    QString roleText() const;  // "primary" / "standby", translated; empty before the first sample
    QString stateText() const; // "reachable", "connecting…", or the reason it is not (short)
    // The reason in a few words: libpq's text after "failed: ", its first line
    // ("Connection refused", "timeout expired after 5 s"); error keeps the whole message.
    QString shortError() const;
    QList<double> tpsValues() const;
    QJsonObject toJson() const; // stable keys, for `pgdba fleet --json`
};

} // namespace fleet
