#include "migrate/status.h"

#include "migrate/statementinfo.h"

#include <QCoreApplication>
#include <QLocale>

namespace migrate {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(migrate_Status)
};

QStringList createdIndexNames(const Migration &m) {
    QStringList names;
    const ScriptInfo info = analyzeScript(m.upSql);
    for (const auto &s : info.statements)
        if (s.kind == StatementInfo::Kind::CreateIndex && !s.index.name.isEmpty())
            names << s.index.name;
    return names;
}
} // namespace

QString statusKey(Status s) {
    switch (s) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Drift:
        return QStringLiteral("drift");
    case Status::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

QString statusText(Status s) {
    switch (s) {
    case Status::Pending:
        return Tr::tr("pending");
    case Status::Applied:
        return Tr::tr("applied");
    case Status::Failed:
        return Tr::tr("failed");
    case Status::Drift:
        return Tr::tr("drift");
    case Status::Missing:
        return Tr::tr("applied, file missing");
    }
    return {};
}

QList<MigrationStatus> computeStatus(const Catalog &catalog, const DatabaseState &db) {
    QList<MigrationStatus> out;
    QStringList seen;
    for (const Migration &m : catalog.migrations()) {
        MigrationStatus st;
        st.migration = m;
        if (const AppliedVersion *a = db.appliedVersion(m.version)) {
            seen << a->version;
            st.applied = *a;
            if (a->checksum != m.checksum) {
                st.status = Status::Drift;
                st.detail = Tr::tr("The file changed after it was applied (recorded checksum %1…, file %2…).")
                                .arg(a->checksum.left(12), m.checksum.left(12));
            } else {
                st.status = Status::Applied;
                st.detail = Tr::tr("Applied %1 by %2.")
                                .arg(QLocale().toString(a->appliedAt.toLocalTime(), QLocale::ShortFormat),
                                     a->appliedBy);
            }
        } else {
            const QStringList mine = createdIndexNames(m);
            for (const InvalidIndex &inv : db.invalidIndexes)
                if (mine.contains(inv.name) && inv.buildingPid == 0)
                    st.invalidIndexes << inv.qualifiedName();
            if (!st.invalidIndexes.isEmpty()) {
                st.status = Status::Failed;
                st.detail = Tr::tr("Not recorded; an interrupted build left INVALID index(es) %1.")
                                .arg(st.invalidIndexes.join(QStringLiteral(", ")));
            } else {
                st.status = Status::Pending;
                st.detail = Tr::tr("Not applied.");
            }
        }
        out << st;
    }
    for (const AppliedVersion &a : db.applied) {
        if (seen.contains(a.version))
            continue;
        MigrationStatus st;
        st.migration.version = a.version;
        st.migration.name = a.name;
        st.applied = a;
        st.status = Status::Missing;
        st.detail =
            Tr::tr("Recorded in the database, but the folder has no file for version %1.").arg(a.version);
        out << st;
    }
    return out;
}

} // namespace migrate
