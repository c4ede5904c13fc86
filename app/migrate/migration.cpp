#include "migrate/migration.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace migrate {

Header parseHeader(const QString &script) {
    Header h;
    static const QRegularExpression field(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9 _-]*):\s*(.*)$)"));
    const QStringList lines = script.split(QLatin1Char('\n'));
    bool started = false;
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty()) {
            if (started)
                break; // the header ends at the first blank line
            continue;
        }
        started = true;
        if (!line.startsWith(QLatin1String("--")))
            break;
        const QString body = line.mid(2).trimmed();
        const auto m = field.match(body);
        if (m.hasMatch() && !m.captured(1).contains(QLatin1Char(' '))) {
            const QString key = m.captured(1).toLower();
            const QString value = m.captured(2).trimmed();
            h.fields.insert(key, value);
            if (key == QLatin1String("description"))
                h.description = value;
            else if (key == QLatin1String("transaction")) {
                const QString v = value.toLower().section(QLatin1Char(' '), 0, 0);
                if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("off") ||
                    v == QLatin1String("none"))
                    h.transaction = false;
                else if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("on"))
                    h.transaction = true;
            }
        } else {
            h.notes << body;
        }
    }
    while (!h.notes.isEmpty() && h.notes.last().isEmpty())
        h.notes.removeLast();
    return h;
}

bool Migration::versionLess(const QString &a, const QString &b) {
    bool okA = false, okB = false;
    const qulonglong na = a.toULongLong(&okA), nb = b.toULongLong(&okB);
    if (okA && okB)
        return na < nb;
    return a < b;
}

QString Migration::checksumOf(const QString &text) {
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Migration Migration::makeOneOff(const QString &version, const QString &name, const QString &up,
                                const QString &down) {
    Migration m;
    m.version = version;
    m.name = name;
    m.upSql = up;
    m.downSql = down;
    const Header hu = parseHeader(up), hd = parseHeader(down);
    m.description = hu.description;
    m.upTransactional = hu.transaction.value_or(true);
    m.downTransactional = hd.transaction.value_or(true);
    m.checksum = checksumOf(up);
    m.oneOff = true;
    return m;
}

} // namespace migrate
