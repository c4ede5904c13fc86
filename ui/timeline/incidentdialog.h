#pragma once

#include "sessionhistory/incidenttracker.h"

#include <QDialog>

class QTreeWidget;

namespace ui {

// A recorded lock incident: the forest at its worst (root blocker, who waited behind whom, each
// one's state, wait, lock and query), with "Replay in Locks" at that moment.
class IncidentDialog : public QDialog {
    Q_OBJECT
public:
    explicit IncidentDialog(const sessionhistory::Incident &incident, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void replayRequested(qint64 tsMs);

private:
    QTreeWidget *m_tree;
};

} // namespace ui
