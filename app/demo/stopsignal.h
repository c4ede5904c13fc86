#pragma once

#include <QObject>

class QSocketNotifier;

namespace demo {

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe: the handler only writes a byte),
// so a long-running command can stop cleanly from the event loop. One instance at a time;
// the previous handlers come back when it is destroyed.
class StopSignal : public QObject {
    Q_OBJECT
public:
    explicit StopSignal(QObject *parent = nullptr);
    ~StopSignal() override;
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drain();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace demo
