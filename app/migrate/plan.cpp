#include "migrate/plan.h"

#include <QCoreApplication>

namespace migrate {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(migrate_Plan)
};
bool sameVersion(const QString &a, const QString &b) {
    return !Migration::versionLess(a, b) && !Migration::versionLess(b, a);
}
} // namespace

QStringList Plan::versions() const {
    QStringList v;
    for (const auto &m : migrations)
        v << m.version;
    return v;
}

QString Plan::describe() const {
    QStringList titles;
    for (const auto &m : migrations)
        titles << m.title();
    return (direction == Direction::Up ? QStringLiteral("up: ") : QStringLiteral("down: ")) +
           titles.join(QStringLiteral(", "));
}

Plan Plan::up(const QList<MigrationStatus> &statuses, const QString &target) {
    Plan p;
    p.direction = Direction::Up;
    bool targetFound = target.isEmpty();
    for (const auto &s : statuses) {
        if (s.status == Status::Missing)
            continue;
        if (!target.isEmpty() && Migration::versionLess(target, s.migration.version))
            continue;
        if (!target.isEmpty() && sameVersion(target, s.migration.version)) {
            targetFound = true;
            if (s.isApplied() && p.migrations.isEmpty()) {
                p.error = Tr::tr("%1 is already applied.").arg(s.migration.title());
                return p;
            }
        }
        if (s.status == Status::Pending || s.status == Status::Failed)
            p.migrations << s.migration;
    }
    if (!targetFound)
        p.error = Tr::tr("There is no migration %1 in this folder.").arg(target);
    else if (p.migrations.isEmpty())
        p.error = Tr::tr("Nothing to apply: every migration is applied.");
    if (!p.error.isEmpty())
        p.migrations.clear();
    return p;
}

Plan Plan::down(const QList<MigrationStatus> &statuses, const QString &target) {
    Plan p;
    p.direction = Direction::Down;
    const MigrationStatus *targetStatus = nullptr;
    for (const auto &s : statuses)
        if (sameVersion(s.migration.version, target))
            targetStatus = &s;
    if (!targetStatus) {
        p.error = Tr::tr("There is no migration %1 in this folder or in the version table.").arg(target);
        return p;
    }
    if (!targetStatus->isApplied()) {
        p.error =
            Tr::tr("%1 is not applied; there is nothing to roll back.").arg(targetStatus->migration.title());
        return p;
    }
    QList<MigrationStatus> chosen;
    for (const auto &s : statuses)
        if (s.isApplied() && !Migration::versionLess(s.migration.version, target))
            chosen << s;
    std::sort(chosen.begin(), chosen.end(), [](const MigrationStatus &a, const MigrationStatus &b) {
        return Migration::versionLess(b.migration.version, a.migration.version);
    });
    for (const auto &s : chosen) {
        if (s.status == Status::Missing) {
            p.error = Tr::tr("%1 is recorded but has no file here, so it cannot be rolled back.")
                          .arg(s.migration.title());
            break;
        }
        if (!s.migration.hasDown()) {
            p.error = Tr::tr("%1 has no down file.").arg(s.migration.title());
            break;
        }
        p.migrations << s.migration;
    }
    if (!p.error.isEmpty())
        p.migrations.clear();
    return p;
}

Plan Plan::single(const Migration &m, Direction d) {
    Plan p;
    p.direction = d;
    p.migrations << m;
    return p;
}

} // namespace migrate
