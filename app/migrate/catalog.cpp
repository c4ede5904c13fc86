#include "migrate/catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace migrate {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(migrate_Catalog)
};

bool readText(const QString &path, QString *text) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *text = QString::fromUtf8(f.readAll());
    return true;
}
} // namespace

Catalog Catalog::load(const QString &folder) {
    Catalog c;
    c.m_folder = folder;
    const QDir dir(folder);
    if (!dir.exists()) {
        c.m_problems << Tr::tr("The folder %1 does not exist.").arg(folder);
        return c;
    }
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d+)_([A-Za-z0-9_\-]+)\.(up|down)\.sql$)"));
    QHash<QString, Migration> byVersion;
    QSet<QString> duplicated;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (!m.hasMatch()) {
            c.m_problems
                << Tr::tr("%1: not a migration file name (expected NNN_name.up.sql or NNN_name.down.sql)")
                       .arg(file);
            continue;
        }
        const QString version = m.captured(1), name = m.captured(2);
        // Versions are numbers: "001" and "1" are the same version.
        const QString key = QString::number(version.toULongLong());
        const bool up = m.captured(3) == QLatin1String("up");
        QString text;
        if (!readText(dir.filePath(file), &text)) {
            c.m_problems << Tr::tr("%1: cannot be read").arg(file);
            continue;
        }
        Migration &mig = byVersion[key];
        if (!mig.version.isEmpty() && (mig.name != name || mig.version != version)) {
            c.m_errors
                << Tr::tr("%1: version %2 is already used by %3; neither is applied until one is renumbered")
                       .arg(file, version, mig.title());
            duplicated.insert(key);
            continue;
        }
        mig.version = version;
        mig.name = name;
        const Header h = parseHeader(text);
        if (up) {
            mig.upSql = text;
            mig.upPath = dir.filePath(file);
            mig.upTransactional = h.transaction.value_or(true);
            mig.checksum = Migration::checksumOf(text);
            mig.description = h.description;
        } else {
            mig.downSql = text;
            mig.downPath = dir.filePath(file);
            mig.downTransactional = h.transaction.value_or(true);
        }
    }
    for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it) {
        if (duplicated.contains(it.key()))
            continue;
        if (it->upPath.isEmpty()) {
            c.m_problems << Tr::tr("%1: has a down file but no up file").arg(it->title());
            continue;
        }
        c.m_migrations << *it;
    }
    std::sort(c.m_migrations.begin(), c.m_migrations.end(), [](const Migration &a, const Migration &b) {
        return Migration::versionLess(a.version, b.version);
    });
    for (int i = 1; i < c.m_migrations.size(); ++i)
        if (!Migration::versionLess(c.m_migrations.at(i - 1).version, c.m_migrations.at(i).version))
            c.m_problems << Tr::tr("%1 and %2 have the same version number")
                                .arg(c.m_migrations.at(i - 1).title(), c.m_migrations.at(i).title());
    return c;
}

QString Catalog::displayFolder() const {
    return isBuiltIn() ? Tr::tr("built-in (sql/migrations)") : QDir::toNativeSeparators(m_folder);
}

const Migration *Catalog::find(const QString &version) const {
    for (const auto &m : m_migrations)
        if (!Migration::versionLess(m.version, version) && !Migration::versionLess(version, m.version))
            return &m;
    return nullptr;
}

QString Catalog::previousVersion(const QString &version) const {
    QString prev;
    for (const auto &m : m_migrations) {
        if (!Migration::versionLess(m.version, version))
            break;
        prev = m.version;
    }
    return prev;
}

void Catalog::add(const Migration &m) {
    for (auto &existing : m_migrations) {
        if (existing.version == m.version) {
            existing = m;
            return;
        }
    }
    m_migrations << m;
    std::sort(m_migrations.begin(), m_migrations.end(), [](const Migration &a, const Migration &b) {
        return Migration::versionLess(a.version, b.version);
    });
}

} // namespace migrate
