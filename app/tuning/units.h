#pragma once

#include <QString>

#include <optional>

namespace tuning {

// Setting values in PostgreSQL's units, normalised so that "1GB", "131072" (unit 8kB) and
// "1048576kB" compare equal. Memory becomes bytes, time milliseconds, plain numbers stay.
enum class UnitKind { None, Memory, Time };

struct Quantity {
    double value = 0;
    UnitKind kind = UnitKind::None;
};

// The kind and size of a pg_settings.unit ("8kB" is memory of 8192 bytes, "min" is time of
// 60000 ms, "" is a plain number).
UnitKind unitKind(const QString &pgUnit);
double unitFactor(const QString &pgUnit);

// A value as the server would read it for a setting whose base unit is pgUnit: "16MB",
// "1000" (in pgUnit), "1min", "0.9". nullopt when it is not a number (e.g. "on", "lz4").
std::optional<Quantity> parseQuantity(const QString &value, const QString &pgUnit);

// Two values of one setting mean the same thing: numbers after normalising, booleans in
// any spelling (on/true/yes/1), lists item by item, everything else case-insensitively.
bool sameSettingValue(const QString &a, const QString &b, const QString &pgUnit, const QString &vartype);

// Readable forms for the page: "1 GB", "16 MB", "200 ms", "1 min".
QString formatBytes(double bytes);
QString formatMs(double ms);
QString formatQuantity(const Quantity &q);

} // namespace tuning
