// Shared by SessionWriter (sessionwriter.cpp) and SessionReader (sessionreader.cpp) only.
#pragma once

#include <QString>
#include <QtGlobal>

namespace sessionhistory::detail {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 3600 * 1000;

inline QString nn(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace sessionhistory::detail
