#include "explain/planfile.h"

#include "explain/analysis.h"
#include "explain/planparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace explain {

ParseResult loadPlanFile(const QString &path) {
    auto tr = [](const char *s) { return QCoreApplication::translate("explain", s); };
    const QFileInfo info(path);
    if (!info.exists())
        return ParseResult::failure(tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return ParseResult::failure(tr("%1 is not a file.").arg(path));
    if (info.size() > kMaxPlanBytes)
        return ParseResult::failure(tr("%1 is %2; plans larger than %3 are not read.")
                                        .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                                             QLocale().formattedDataSize(kMaxPlanBytes)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ParseResult::failure(tr("Cannot read %1: %2.").arg(path, f.errorString()));
    return loadPlan(f.read(kMaxPlanBytes + 1));
}

} // namespace explain
