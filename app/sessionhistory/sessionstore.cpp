// What the session store's writer (sessionwriter.cpp) and reader (sessionreader.cpp) share.
#include "sessionhistory/sessionstore.h"

#include "sessionhistory/sessionstore_p.h"

namespace sessionhistory {

namespace {
const char *const kDimNames[] = {"wait", "query", "user", "application", "database", "client", "class"};
} // namespace

std::optional<Dim> dimFromName(const QString &name) {
    for (int i = 0; i <= int(Dim::WaitClass); ++i)
        if (name == QLatin1String(kDimNames[i]))
            return Dim(i);
    return std::nullopt;
}

QString dimName(Dim d) {
    return QString::fromLatin1(kDimNames[int(d)]);
}

qint64 levelStepMs(Level l) {
    return l == Level::Minute ? detail::kMinute : l == Level::Hour ? detail::kHour : 0;
}

double TimelineData::maxStacked() const {
    double m = 0;
    for (const auto &a : aas) {
        double s = 0;
        for (float v : a)
            s += v;
        m = qMax(m, s);
    }
    return m;
}

} // namespace sessionhistory
