#include "migrate/check.h"

#include <QCoreApplication>

namespace migrate {

QString Check::levelKey(Level l) {
    switch (l) {
    case Level::Pass:
        return QStringLiteral("pass");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

QString Check::levelText(Level l) {
    switch (l) {
    case Level::Pass:
        return QCoreApplication::translate("migrate::Check", "pass");
    case Level::Info:
        return QCoreApplication::translate("migrate::Check", "info");
    case Level::Warn:
        return QCoreApplication::translate("migrate::Check", "warn");
    case Level::Fail:
        return QCoreApplication::translate("migrate::Check", "fail");
    }
    return {};
}

int PreflightReport::count(Check::Level l) const {
    int n = 0;
    for (const auto &c : checks)
        n += c.level == l ? 1 : 0;
    return n;
}

bool PreflightReport::hasDestructive() const {
    for (const Check &c : checks)
        if (c.key.startsWith(QLatin1String("destructive:")))
            return true;
    return false;
}

const Check *PreflightReport::find(const QString &key) const {
    for (const auto &c : checks)
        if (c.key == key)
            return &c;
    return nullptr;
}

QStringList PreflightReport::droppableIndexes() const {
    QStringList out;
    for (const auto &c : checks)
        if (!c.dropIndex.isEmpty() && !out.contains(c.dropIndex))
            out << c.dropIndex;
    return out;
}

} // namespace migrate
