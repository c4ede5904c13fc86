#pragma once

#include "migrate/migration.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace migrate {

// The migrations of one folder: pgdba's built-in one (sql/migrations, embedded as
// ":/sql/migrations") or any folder the user opens. Files are NNN_name.up.sql and
// NNN_name.down.sql; anything else in the folder is reported, never silently used.
class Catalog {
public:
    static QString builtInFolder() { return QStringLiteral(":/sql/migrations"); }
    static Catalog builtIn() { return load(builtInFolder()); }
    static Catalog load(const QString &folder);

    QString folder() const { return m_folder; }
    bool isBuiltIn() const { return m_folder == builtInFolder(); }
    QString displayFolder() const; // "built-in (sql/migrations)" or the path
    const QList<Migration> &migrations() const { return m_migrations; }
    // Files that do not fit (bad names, a down without an up, unreadable, duplicate versions).
    const QStringList &problems() const { return m_problems; }
    // Problems that make the folder unsafe to run (two files with the same version number,
    // "001" and "1" included): their migrations are left out and up/down refuse to run.
    const QStringList &errors() const { return m_errors; }
    bool isEmpty() const { return m_migrations.isEmpty(); }
    const Migration *find(const QString &version) const;
    // The version before this one in the folder (Alembic's down_revision), or empty.
    QString previousVersion(const QString &version) const;
    // Adds (or replaces) a migration that has no file, e.g. a one-off from the wizard.
    void add(const Migration &m);

private:
    QString m_folder;
    QList<Migration> m_migrations;
    QStringList m_problems;
    QStringList m_errors;
};

} // namespace migrate
