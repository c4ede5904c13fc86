#include "monitor/locknode.h"

#include <QCoreApplication>
#include <QStringList>

namespace monitor {

QString LockNode::describeWait() const {
    if (!session.isWaiting())
        return {};
    QString s =
        session.wait.isValid()
            ? session.wait.describe(LockWait::commandOf(session.query))
            : QCoreApplication::translate("monitor::LockNode", "waits for a lock (not seen in this refresh)");
    if (!alsoBlockedBy.isEmpty()) {
        QStringList others;
        for (qint64 k : alsoBlockedBy)
            others << (k > 0 ? QCoreApplication::translate("monitor::LockNode", "pid %1").arg(k)
                             : QCoreApplication::translate("monitor::LockNode", "a prepared transaction"));
        s += QCoreApplication::translate("monitor::LockNode", "; also blocked by %1")
                 .arg(others.join(QStringLiteral(", ")));
    }
    return s;
}

} // namespace monitor
