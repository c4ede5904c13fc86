#include "explain/planparser.h"

#include "explain/jsonparser.h"
#include "explain/psqlframe.h"
#include "explain/textparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringDecoder>

namespace explain {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("explain", s); }
} // namespace

ParseResult parsePlan(const QByteArray &data)
{
    if (data.size() > kMaxPlanBytes)
        return ParseResult::failure(tr("The plan is %1; plans larger than %2 are not read.")
                                        .arg(QLocale().formattedDataSize(data.size()),
                                             QLocale().formattedDataSize(kMaxPlanBytes)));
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        return ParseResult::failure(tr("This is not a text plan: binary data at byte %1.").arg(nul));
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString text = decode(data);
    if (decode.hasError())
        return ParseResult::failure(tr("This is not a text plan: the input is not valid UTF-8."));
    if (text.trimmed().isEmpty())
        return ParseResult::failure(tr("There is no plan: the input is empty."));

    const QString bare = unframePsql(text).trimmed();
    if (bare.startsWith(QLatin1Char('[')) || bare.startsWith(QLatin1Char('{')))
        return parseJsonPlan(bare.toUtf8());
    // auto_explain's JSON log entry: text before the object.
    const qsizetype brace = bare.indexOf(QLatin1String("{\n"));
    if (brace > 0 && bare.mid(brace).contains(QLatin1String("\"Plan\"")) && !bare.left(brace).contains(QLatin1String("(cost=")))
        return parseJsonPlan(bare.mid(brace).toUtf8());
    return parseTextPlan(bare);
}

} // namespace explain
