#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <limits>
#include <utility>

namespace history {

struct Sample {
    qint64 tsMs = 0;
    QString key;
    QJsonObject value;
};

struct AuditEntry {
    qint64 tsMs = 0;
    QString server; // host:port
    QString database;
    QString dbRole; // the role pgdba was connected as
    QString osUser; // who sat at the keyboard
    int pid = 0;    // target backend
    QString targetUser;
    QString targetApplication;
    QString targetQuery; // head of the query
    QString action;      // "cancel" / "terminate"
    QString outcome;     // "done" / "already gone" / "not permitted" / "refused" / "failed"
    QString message;
};

// The local history: time series of samples and the audit log, in SQLite through Qt Sql
// (QSQLITE, a file in the application data folder). The same code works on a shared
// PostgreSQL database through QPSQL. Writes are small and local; the GUI thread may do them.
class Store : public QObject {
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 1;

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // QSQLITE: databaseName is a file path (empty: <AppDataLocation>/history.sqlite).
    // QPSQL: databaseName is the database; connectOptions/host/user/password as Qt Sql wants.
    bool open(const QString &databaseName = {}, const QString &driver = QStringLiteral("QSQLITE"),
              const QString &host = {}, int port = -1, const QString &user = {},
              const QString &password = {});
    void close();
    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    QString fileName() const { return m_databaseName; }
    int schemaVersion() const;
    QSqlDatabase database() const;

    bool append(const QString &server, const QString &kind, const QString &key, qint64 tsMs,
                const QJsonObject &value);
    // Many samples of one kind in one transaction (e.g. 10,000 statements per refresh).
    bool appendBatch(const QString &server, const QString &kind, const QList<Sample> &samples);
    QList<Sample> samples(const QString &server, const QString &kind, const QString &key, qint64 fromMs,
                          qint64 toMs = std::numeric_limits<qint64>::max()) const;
    // samples() for a worker thread: reads through a new connection cloned from the store's
    // (Qt Sql connections belong to the thread that opened them). connectionName is
    // database().connectionName(), taken on the store's thread.
    static QList<Sample> readSamples(const QString &connectionName, const QString &server,
                                     const QString &kind, const QString &key, qint64 fromMs,
                                     qint64 toMs = std::numeric_limits<qint64>::max());
    // All keys of a kind in a time range, ordered by ts then key.
    QList<Sample> samplesAllKeys(const QString &server, const QString &kind, qint64 fromMs,
                                 qint64 toMs = std::numeric_limits<qint64>::max()) const;
    // The samples of one kind whose keys start with one of prefixes, ts in [fromMs, toMs], for a
    // worker thread (see readSamples()); one indexed read per prefix in SQLite.
    static QList<Sample> readSamplesKeyPrefixes(const QString &connectionName, const QString &server,
                                                const QString &kind, const QStringList &prefixes,
                                                qint64 fromMs, qint64 toMs);
    // samplesAllKeys() for a worker thread (see readSamples()).
    static QList<Sample> readSamplesAllKeys(const QString &connectionName, const QString &server,
                                            const QString &kind, qint64 fromMs,
                                            qint64 toMs = std::numeric_limits<qint64>::max());
    QStringList keys(const QString &server, const QString &kind, qint64 fromMs = 0) const;
    qint64 countSamples(const QString &server = {}, const QString &kind = {}) const;

    void setRetentionDays(int days); // saved in the store's meta table; default 7
    int retentionDays() const;
    // Deletes samples older than the retention; returns how many rows went.
    int enforceRetention(qint64 nowMs = QDateTime::currentMSecsSinceEpoch());

    // The recorder lock: one `pgdba record` per server and store. A row in the meta table
    // (key "recorder:<server>") names the holder (pid, host, start, heartbeat). Taken when free,
    // when its process is gone (same host), or when its heartbeat is older than StaleLockMs
    // (another host). False with *holder describing who has it.
    static constexpr qint64 StaleLockMs = 3 * 60 * 1000;
    // kinds: the sample kinds the recorder writes (see setDeferToRecorders()).
    bool acquireRecorderLock(const QString &server, QString *holder = nullptr, const QStringList &kinds = {});
    void refreshRecorderLock(const QString &server); // the heartbeat, once a minute
    void releaseRecorderLock(const QString &server);
    // The kinds a live recorder in another process writes for this server into this store
    // (empty when none does). Read from the lock row; remembered for DeferCheckMs.
    static constexpr qint64 DeferCheckMs = 2000;
    QStringList recordedKinds(const QString &server) const;
    // The GUI's store: samples of a kind that a live recorder already writes for the same server
    // are left to it (append() and appendBatch() skip them and return true), so a GUI open while
    // `pgdba record` runs does not write every point twice. Off by default (the recorder's own).
    void setDeferToRecorders(bool on) { m_deferToRecorders = on; }
    bool defersToRecorders() const { return m_deferToRecorders; }
    qint64 deferredSamples() const { return m_deferred; } // skipped so far

    bool appendAudit(const AuditEntry &e);
    QList<AuditEntry> audit(int limit = 1000, const QString &server = {}) const;
    // audit() for a worker thread (see readSamples()).
    static QList<AuditEntry> readAudit(const QString &connectionName, int limit, const QString &server = {});

Q_SIGNALS:
    void auditAppended();

private:
    bool migrate();
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    QString m_connectionName;
    QString m_databaseName;
    QString m_lastError;
    bool deferred(const QString &server, const QString &kind, qsizetype count);
    int m_retentionDays = 7;
    bool m_deferToRecorders = false;
    qint64 m_deferred = 0;
    struct RecordedKinds {
        qint64 checkedMs = 0;
        QStringList kinds;
    };
    mutable QHash<QString, RecordedKinds> m_recorded;
};

// Runs read(db) on a clone of connectionName's database opened for this call (the thread that
// calls it owns the clone: how a worker reads the store), and returns its result.
template <typename Read>
auto onClone(const QString &connectionName, Read read) -> decltype(read(std::declval<QSqlDatabase &>())) {
    const QString name =
        connectionName + QStringLiteral("-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    decltype(read(std::declval<QSqlDatabase &>())) out;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(connectionName, name);
        if (db.isValid() && db.open())
            out = read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace history
