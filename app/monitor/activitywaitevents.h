#pragma once

#include <QString>

namespace monitor {

// One line that says what a session is waiting for (pg_stat_activity.wait_event_type/wait_event),
// in words a support engineer can act on. Falls back to the type's meaning for events not listed.
QString waitEventExplanation(const QString &type, const QString &event);

} // namespace monitor
