#include "explain/planfile.h"

#include "explain/analysis.h"
#include "explain/planparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace explain {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain)
};
} // namespace

ParseResult loadPlanFile(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists())
        return ParseResult::failure(Tr::tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return ParseResult::failure(Tr::tr("%1 is not a file.").arg(path));
    if (info.size() > kMaxPlanBytes)
        return ParseResult::failure(Tr::tr("%1 is %2; plans larger than %3 are not read.")
                                        .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                             QLocale().formattedDataSize(kMaxPlanBytes)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ParseResult::failure(Tr::tr("Cannot read %1: %2.").arg(path, f.errorString()));
    return loadPlan(f.read(kMaxPlanBytes + 1));
}

} // namespace explain
