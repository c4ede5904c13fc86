#include "tuning/applier.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"
#include "tuning/script.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

#include <chrono>

#include <qcoro/qcorotimer.h>

namespace tuning {

namespace {
QString quotedName(const pg::Connection &c, const QString &name) {
    QStringList parts;
    for (const QString &p : name.split(QLatin1Char('.')))
        parts << c.quoteIdent(p);
    return parts.join(QLatin1Char('.'));
}

// True when the setting has settled: in effect, or known to wait for a restart.
bool settle(AppliedSetting &s, const LiveSettings &live) {
    const auto it = live.constFind(s.name);
    if (it == live.constEnd())
        return true; // not visible (e.g. an extension's setting that is not loaded)
    s.nowShown = it->shown;
    s.takes = takesFromContext(it->context);
    s.pendingRestart = it->pendingRestart;
    s.inEffect = matchesLive(s.value, *it);
    if (s.inEffect || s.pendingRestart)
        return true;
    return s.takes == Takes::NewSessions || s.takes == Takes::Never;
}
} // namespace

QStringList ApplyOutcome::pendingRestart() const {
    QStringList out;
    for (const auto &s : settings)
        if (s.ok && s.pendingRestart)
            out << s.name;
    return out;
}

QStringList ApplyOutcome::inEffect() const {
    QStringList out;
    for (const auto &s : settings)
        if (s.ok && s.inEffect)
            out << s.name;
    return out;
}

QStringList ApplyOutcome::failed() const {
    QStringList out;
    for (const auto &s : settings)
        if (!s.ok)
            out << s.name;
    return out;
}

QString ApplyOutcome::summary() const {
    if (!refusal.isEmpty())
        return refusal;
    QStringList parts;
    if (error)
        parts << QCoreApplication::translate("tuning", "Apply stopped: %1").arg(error->toString());
    const QStringList done = inEffect(), pending = pendingRestart();
    QStringList later;
    for (const auto &s : settings)
        if (s.ok && !s.inEffect && !s.pendingRestart)
            later << s.name;
    if (!done.isEmpty())
        parts << QCoreApplication::translate("tuning", "In effect now: %1.")
                     .arg(done.join(QStringLiteral(", ")));
    if (!pending.isEmpty())
        parts << QCoreApplication::translate("tuning", "Written, waiting for a server restart: %1.")
                     .arg(pending.join(QStringLiteral(", ")));
    if (!later.isEmpty())
        parts << QCoreApplication::translate("tuning", "Written, applies to new sessions: %1.")
                     .arg(later.join(QStringLiteral(", ")));
    for (const auto &s : settings)
        if (!s.ok)
            parts << QCoreApplication::translate("tuning", "%1 failed: %2").arg(s.name, s.error);
    if (parts.isEmpty())
        parts << QCoreApplication::translate("tuning", "Nothing was changed.");
    return parts.join(QLatin1Char('\n'));
}

QString applyPreview(const QList<SettingDiff> &changes) {
    QStringList lines;
    QStringList restart;
    for (const auto &d : changes) {
        lines << alterSystemStatement(d.rec) + QStringLiteral("   -- ") +
                     (d.live ? QCoreApplication::translate("tuning", "now %1, ").arg(d.current())
                             : QString()) +
                     takesLabel(d.takes);
        if (d.takes == Takes::Restart)
            restart << d.rec.name;
    }
    lines << QStringLiteral("SELECT pg_reload_conf();");
    QString text = lines.join(QLatin1Char('\n'));
    if (!restart.isEmpty())
        text += QStringLiteral("\n\n") +
                QCoreApplication::translate("tuning", "Written now but only used after a server restart: %1.")
                    .arg(restart.join(QStringLiteral(", ")));
    return text;
}

QCoro::Task<ApplyOutcome> applySettings(pg::Connection *c, QList<Recommendation> changes, int settleMs) {
    ApplyOutcome out;
    QPointer<pg::Connection> conn(c);
    if (!conn || !conn->isReady()) {
        out.error = pg::Error::connection(QCoreApplication::translate("tuning", "not connected"));
        co_return out;
    }
    if (changes.isEmpty())
        co_return out;
    const int version = conn->facts().versionNum;
    const QString role = conn->facts().role;

    QStringList names;
    for (const auto &r : changes)
        names << r.name;
    QVariantList privParams;
    privParams << names;
    const pg::Result priv = co_await conn->query(
        pg::sqlFile(QStringLiteral("tuning/alter_system_privilege"), version), privParams);
    if (!conn) {
        out.error = pg::Error::connection(QCoreApplication::translate("tuning", "the connection was closed"));
        co_return out;
    }
    if (!priv.ok()) {
        out.error = priv.error();
        co_return out;
    }
    QStringList denied;
    bool canReload = true;
    for (int i = 0; i < priv.rows(); ++i) {
        if (!priv.boolean(i, "allowed"))
            denied << priv.text(i, "name");
        canReload = canReload && priv.boolean(i, "can_reload");
    }
    if (!denied.isEmpty()) {
        out.refusal =
            QCoreApplication::translate(
                "tuning", "Role \"%1\" may not change %2: ALTER SYSTEM needs a superuser "
                          "(or GRANT ALTER SYSTEM ON PARAMETER on PostgreSQL 15+). Nothing was changed.")
                .arg(role, denied.join(QStringLiteral(", ")));
        co_return out;
    }
    if (!canReload) {
        out.refusal =
            QCoreApplication::translate(
                "tuning",
                "Role \"%1\" may not run pg_reload_conf(), so the new values would not take effect: "
                "GRANT EXECUTE ON FUNCTION pg_reload_conf() TO \"%1\", or apply as a superuser. "
                "Nothing was changed.")
                .arg(role);
        co_return out;
    }

    for (const auto &r : changes) {
        AppliedSetting s;
        s.name = r.name;
        s.value = r.value;
        s.takes = takesFromContext(knownContext(r.name));
        QVariantList params;
        params << quotedName(*conn, r.name) << r.value;
        const QString builder = pg::sqlFile(r.list ? QStringLiteral("tuning/alter_system_list")
                                                   : QStringLiteral("tuning/alter_system"));
        const pg::Result built = co_await conn->query(builder, params);
        if (!conn) {
            out.error =
                pg::Error::connection(QCoreApplication::translate("tuning", "the connection was closed"));
            co_return out;
        }
        if (!built.ok()) {
            s.error = built.error()->toString();
            out.settings << s;
            continue;
        }
        s.statement = built.text(0, "statement");
        const pg::Result done = co_await conn->query(s.statement);
        if (!conn) {
            out.error =
                pg::Error::connection(QCoreApplication::translate("tuning", "the connection was closed"));
            co_return out;
        }
        s.ok = done.ok();
        if (!done.ok())
            s.error = done.error()->toString();
        out.settings << s;
    }

    bool anyOk = false;
    for (const auto &s : std::as_const(out.settings))
        anyOk = anyOk || s.ok;
    if (!anyOk)
        co_return out;
    const pg::Result reload = co_await conn->query(pg::sqlFile(QStringLiteral("tuning/reload")));
    if (!conn) {
        out.error = pg::Error::connection(QCoreApplication::translate("tuning", "the connection was closed"));
        co_return out;
    }
    if (!reload.ok()) {
        out.error = reload.error();
        co_return out;
    }
    out.reloaded = reload.boolean(0, "reloaded");

    // The postmaster re-reads the files and signals every backend, ours included; poll
    // pg_settings until each value is in effect or flagged pending_restart.
    QElapsedTimer clock;
    clock.start();
    QVariantList params;
    params << names;
    while (true) {
        co_await QCoro::sleepFor(std::chrono::milliseconds(100));
        if (!conn) {
            out.error =
                pg::Error::connection(QCoreApplication::translate("tuning", "the connection was closed"));
            co_return out;
        }
        const pg::Result live = co_await conn->query(pg::sqlFile(QStringLiteral("tuning/settings")), params);
        if (!conn) {
            out.error =
                pg::Error::connection(QCoreApplication::translate("tuning", "the connection was closed"));
            co_return out;
        }
        if (!live.ok()) {
            out.error = live.error();
            co_return out;
        }
        out.after = liveSettingsFrom(live);
        bool settled = true;
        for (auto &s : out.settings)
            if (s.ok)
                settled = settle(s, out.after) && settled;
        if (settled || clock.elapsed() > settleMs)
            break;
    }
    co_return out;
}

} // namespace tuning
