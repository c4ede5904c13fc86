#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace migrate {

enum class Direction { Up, Down };

// The comment block at the top of a migration file:
//   -- description: Add the ticket's performance indexes
//   -- transaction: no
//   -- (free text: why, corrections, ...)
struct Header {
    QString description;
    std::optional<bool> transaction; // "transaction: yes|no"; absent means yes
    QMap<QString, QString> fields;   // every "key: value" line, keys lower-cased
    QStringList notes;               // the other comment lines, in order
};

Header parseHeader(const QString &script);

// One migration: NNN_name.up.sql and (optionally) NNN_name.down.sql.
struct Migration {
    QString version; // "002" (digits, compared as a number)
    QString name;    // "add_performance_indexes"
    QString description;
    QString upSql, downSql;
    QString upPath, downPath; // files it came from (":/sql/migrations/..." for built-ins)
    bool upTransactional = true;
    bool downTransactional = true;
    QString checksum;    // SHA-256 (hex) of the up file, line endings normalised
    bool oneOff = false; // made in the wizard (e.g. "Create index..." from a plan), no file

    QString title() const { return version + QLatin1Char('_') + name; }
    bool hasDown() const { return !downPath.isEmpty() || (oneOff && !downSql.isEmpty()); }
    QString sql(Direction d) const { return d == Direction::Up ? upSql : downSql; }
    bool transactional(Direction d) const { return d == Direction::Up ? upTransactional : downTransactional; }

    // Version numbers compare as numbers: 2 < 10 even when written "2" and "010".
    static bool versionLess(const QString &a, const QString &b);
    static QString checksumOf(const QString &text);
    // A migration that lives only in the wizard (no files): its up and down SQL as given.
    static Migration makeOneOff(const QString &version, const QString &name, const QString &up,
                                const QString &down);
};

} // namespace migrate
