#pragma once

#include "migrate/statementinfo.h"
#include "pg/error.h"

#include <QList>
#include <QString>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace migrate {

// What verification found for one index a migration created or dropped.
struct IndexVerification {
    QString name;
    QString table;
    bool expectPresent = true; // created (true) or dropped (false)
    bool present = false;
    bool valid = false;
    bool ready = false;
    qint64 sizeBytes = 0;
    qint64 tableBytes = 0;
    QString definition;
    QString method;

    bool ok() const { return expectPresent ? (present && valid && ready) : !present; }
    QString verdict() const; // "valid and ready, 112 MB" / "INVALID" / "dropped" / "still present"
    QString state() const;   // the verdict without the size
};

// Checks that the indexes a migration's statements create exist, are valid and ready, and
// that the ones it drops are gone. Run after the statements, before the version is recorded.
class Verifier {
public:
    static QCoro::Task<QList<IndexVerification>> verify(pg::Connection *c, QList<StatementInfo> statements,
                                                        std::optional<pg::Error> *error);
    static bool allOk(const QList<IndexVerification> &v);
};

} // namespace migrate
