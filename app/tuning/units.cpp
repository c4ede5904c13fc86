#include "tuning/units.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace tuning {

namespace {
struct UnitDef {
    const char *name;
    UnitKind kind;
    double factor; // bytes or milliseconds
};

// PostgreSQL's unit names are case-sensitive (guc.c memory_unit_conversion_table).
constexpr UnitDef kUnits[] = {
    {"B", UnitKind::Memory, 1},
    {"kB", UnitKind::Memory, 1024},
    {"8kB", UnitKind::Memory, 8192},
    {"16kB", UnitKind::Memory, 16384},
    {"32kB", UnitKind::Memory, 32768},
    {"64kB", UnitKind::Memory, 65536},
    {"MB", UnitKind::Memory, 1024.0 * 1024},
    {"16MB", UnitKind::Memory, 16.0 * 1024 * 1024},
    {"GB", UnitKind::Memory, 1024.0 * 1024 * 1024},
    {"TB", UnitKind::Memory, 1024.0 * 1024 * 1024 * 1024},
    {"us", UnitKind::Time, 0.001},
    {"ms", UnitKind::Time, 1},
    {"s", UnitKind::Time, 1000},
    {"min", UnitKind::Time, 60000},
    {"h", UnitKind::Time, 3600000},
    {"d", UnitKind::Time, 86400000},
};

const UnitDef *findUnit(const QString &u) {
    for (const auto &d : kUnits)
        if (u == QLatin1String(d.name))
            return &d;
    return nullptr;
}

std::optional<bool> asBool(const QString &v) {
    const QString s = v.trimmed().toLower();
    if (s == QLatin1String("on") || s == QLatin1String("true") || s == QLatin1String("yes") ||
        s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("off") || s == QLatin1String("false") || s == QLatin1String("no") ||
        s == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QStringList asList(const QString &v) {
    QStringList out;
    const auto parts = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString p : parts) {
        p = p.trimmed();
        if (p.size() >= 2 && p.startsWith(QLatin1Char('"')) && p.endsWith(QLatin1Char('"')))
            p = p.mid(1, p.size() - 2);
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

QString trimNumber(double v) {
    if (std::fabs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'g', 6);
}
} // namespace

UnitKind unitKind(const QString &pgUnit) {
    const UnitDef *d = findUnit(pgUnit);
    return d ? d->kind : UnitKind::None;
}

double unitFactor(const QString &pgUnit) {
    const UnitDef *d = findUnit(pgUnit);
    return d ? d->factor : 1.0;
}

std::optional<Quantity> parseQuantity(const QString &value, const QString &pgUnit) {
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*([A-Za-z]*)\s*$)"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const QString suffix = m.captured(2);
    const UnitKind baseKind = unitKind(pgUnit);
    if (suffix.isEmpty()) {
        // -1 and 0 are special values (e.g. "disabled") and stay as they are.
        if (baseKind == UnitKind::None || n < 0)
            return Quantity{n, baseKind};
        return Quantity{n * unitFactor(pgUnit), baseKind};
    }
    const UnitDef *d = findUnit(suffix);
    if (!d || (baseKind != UnitKind::None && d->kind != baseKind))
        return std::nullopt;
    return Quantity{n * d->factor, d->kind};
}

bool sameSettingValue(const QString &a, const QString &b, const QString &pgUnit, const QString &vartype) {
    if (vartype == QLatin1String("bool")) {
        const auto x = asBool(a), y = asBool(b);
        return x && y ? *x == *y : a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    }
    if (vartype == QLatin1String("integer") || vartype == QLatin1String("real") || vartype.isEmpty()) {
        const auto x = parseQuantity(a, pgUnit), y = parseQuantity(b, pgUnit);
        if (x && y)
            return std::fabs(x->value - y->value) <= 1e-9 * std::max(1.0, std::fabs(x->value));
    }
    if (a.contains(QLatin1Char(',')) || b.contains(QLatin1Char(',')))
        return asList(a) == asList(b);
    QString x = a.trimmed(), y = b.trimmed();
    if (x.size() >= 2 && x.startsWith(QLatin1Char('"')) && x.endsWith(QLatin1Char('"')))
        x = x.mid(1, x.size() - 2);
    if (y.size() >= 2 && y.startsWith(QLatin1Char('"')) && y.endsWith(QLatin1Char('"')))
        y = y.mid(1, y.size() - 2);
    return x.compare(y, Qt::CaseInsensitive) == 0;
}

QString formatBytes(double bytes) {
    struct Step {
        double size;
        const char *unit;
    };
    static const Step steps[] = {{1024.0 * 1024 * 1024 * 1024, "TB"},
                                 {1024.0 * 1024 * 1024, "GB"},
                                 {1024.0 * 1024, "MB"},
                                 {1024.0, "kB"}};
    for (const auto &s : steps) {
        if (std::fabs(bytes) >= s.size) {
            const double v = bytes / s.size;
            return (std::fabs(v - std::round(v)) < 0.005 ? QString::number(qint64(std::llround(v)))
                                                         : QString::number(v, 'f', 1)) +
                   QLatin1Char(' ') + QLatin1String(s.unit);
        }
    }
    return trimNumber(bytes) + QStringLiteral(" B");
}

QString formatMs(double ms) {
    if (ms != 0 && std::fmod(ms, 86400000.0) == 0)
        return trimNumber(ms / 86400000.0) + QStringLiteral(" d");
    if (ms != 0 && std::fmod(ms, 3600000.0) == 0)
        return trimNumber(ms / 3600000.0) + QStringLiteral(" h");
    if (ms != 0 && std::fmod(ms, 60000.0) == 0)
        return trimNumber(ms / 60000.0) + QStringLiteral(" min");
    if (ms != 0 && std::fmod(ms, 1000.0) == 0)
        return trimNumber(ms / 1000.0) + QStringLiteral(" s");
    return trimNumber(ms) + QStringLiteral(" ms");
}

QString formatQuantity(const Quantity &q) {
    if (q.value < 0)
        return trimNumber(q.value);
    switch (q.kind) {
    case UnitKind::Memory:
        return formatBytes(q.value);
    case UnitKind::Time:
        return formatMs(q.value);
    case UnitKind::None:
        break;
    }
    return trimNumber(q.value);
}

} // namespace tuning
