#include "tuning/script.h"

#include "pg/connection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace tuning {

namespace {
QString comment(const SettingDiff &d) {
    QString c = takesLabel(d.takes);
    if (d.live)
        c += QCoreApplication::translate("tuning", ", now %1").arg(d.current());
    return c;
}

QStringList restartNames(const QList<SettingDiff> &list) {
    QStringList out;
    for (const auto &d : list)
        if (d.takes == Takes::Restart)
            out << d.rec.name;
    return out;
}

QString listItems(const QString &value) {
    QStringList items;
    for (const QString &p : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            items << quoteLiteral(p.trimmed());
    return items.join(QStringLiteral(", "));
}
} // namespace

QString quoteLiteral(const QString &value) {
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString settingNameForScript(const QString &name) {
    static const QRegularExpression plain(QStringLiteral(R"(^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$)"));
    if (plain.match(name).hasMatch())
        return name;
    QStringList parts;
    for (const QString &p : name.split(QLatin1Char('.')))
        parts << pg::Connection::quoteIdentOffline(p);
    return parts.join(QLatin1Char('.'));
}

QString alterSystemStatement(const Recommendation &rec) {
    return QStringLiteral("ALTER SYSTEM SET %1 = %2;")
        .arg(settingNameForScript(rec.name), rec.list ? listItems(rec.value) : quoteLiteral(rec.value));
}

QList<SettingDiff> scriptSettings(const QList<SettingDiff> &diffs, bool onlyChanged) {
    QList<SettingDiff> out;
    for (const auto &d : diffs)
        if (!onlyChanged || !d.live || d.differs)
            out << d;
    return out;
}

QString alterSystemScript(const QList<SettingDiff> &diffs, const Inputs &in, bool onlyChanged) {
    const QList<SettingDiff> list = scriptSettings(diffs, onlyChanged);
    QStringList lines;
    lines << QStringLiteral("-- ") +
                 QCoreApplication::translate("tuning", "pgdba configuration advisor: %1").arg(describe(in));
    lines << QStringLiteral("-- ") +
                 QCoreApplication::translate(
                     "tuning", "ALTER SYSTEM writes postgresql.auto.conf; run it as a superuser.");
    if (list.isEmpty()) {
        lines << QStringLiteral("-- ") +
                     QCoreApplication::translate(
                         "tuning", "Nothing to change: the server already has every recommended value.");
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    int width = 0; // align the comments, but not behind an unusually long statement
    for (const auto &d : list)
        width = std::max(width, std::min(64, int(alterSystemStatement(d.rec).size())));
    for (const auto &d : list)
        lines << alterSystemStatement(d.rec).leftJustified(width + 1) + QStringLiteral(" -- ") + comment(d);
    lines << QStringLiteral("SELECT pg_reload_conf();");
    const QStringList restart = restartNames(list);
    if (!restart.isEmpty())
        lines << QStringLiteral("-- ") +
                     QCoreApplication::translate("tuning", "These wait for a server restart: %1")
                         .arg(restart.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString confSnippet(const QList<SettingDiff> &diffs, const Inputs &in, bool onlyChanged) {
    const QList<SettingDiff> list = scriptSettings(diffs, onlyChanged);
    QStringList lines;
    lines << QStringLiteral("# ") +
                 QCoreApplication::translate("tuning", "pgdba configuration advisor: %1").arg(describe(in));
    lines << QStringLiteral("# ") +
                 QCoreApplication::translate(
                     "tuning",
                     "Save as conf.d/50-pgdba-tuning.conf (postgresql.conf: include_dir = 'conf.d'),")
          << QStringLiteral("# ") +
                 QCoreApplication::translate(
                     "tuning", "then reload (SELECT pg_reload_conf()) or restart where marked.");
    int width = 0;
    for (const auto &d : list)
        width = std::max(width, std::min(60, int(d.rec.name.size() + 3 + quoteLiteral(d.rec.value).size())));
    QString category;
    for (const auto &d : list) {
        if (d.rec.category != category) {
            category = d.rec.category;
            lines << QString() << QStringLiteral("# --- ") + category;
        }
        lines << QString(d.rec.name + QStringLiteral(" = ") + quoteLiteral(d.rec.value))
                         .leftJustified(width + 1) +
                     QStringLiteral(" # ") + comment(d);
    }
    const QStringList restart = restartNames(list);
    if (!restart.isEmpty())
        lines << QString()
              << QStringLiteral("# ") + QCoreApplication::translate("tuning", "Needs a restart: %1")
                                            .arg(restart.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tuning
