#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace alerts {

// The optional command hook: a configured program (and its arguments, split like a shell would
// but run without one) gets each alert event as one JSON object on standard input, e.g. a mail
// or chat script. Runs at most MaxRunning at once; each is killed after TimeoutMs.
class CommandHook : public QObject {
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 30000;
    static constexpr int MaxRunning = 8;

    explicit CommandHook(QObject *parent = nullptr);
    ~CommandHook() override;

    void setCommand(const QString &command); // empty: off
    QString command() const { return m_command; }
    bool isSet() const { return !m_program.isEmpty(); }
    // Starts the program with the JSON on its standard input; false when off or too many run.
    bool run(const QJsonObject &event);
    int running() const { return m_running; }

Q_SIGNALS:
    void finished(int exitCode, const QString &errorText); // errorText empty on success
    void failed(const QString &message);

private:
    QString m_command;
    QString m_program;
    QStringList m_args;
    int m_running = 0;
};

} // namespace alerts
