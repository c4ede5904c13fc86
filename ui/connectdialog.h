#pragma once

#include "core/profile.h"

#include <QDialog>
#include <QPointer>

#include <qcoro/qcorotask.h>

class QLineEdit;
class QSpinBox;
class QComboBox;
class QCheckBox;
class QLabel;
class QPushButton;

namespace pg {
class Connection;
}

namespace ui {

// New / edit server. Fields or a URI/conninfo string; "Test" connects without blocking.
// Shown with open(), never exec(): the caller listens to accepted().
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setProfile(const core::Profile &p);
    core::Profile profile() const; // never contains the password
    QString password() const;      // typed, or taken out of a URI
    bool savePassword() const;
    QString testResult() const; // last "Test" outcome shown to the user
    // Refuses (and says why) a connection string libpq cannot parse: it could not be saved
    // without risking the password in it.
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok);

private:
    QCoro::Task<void> runTest();
    QString m_id;
    QLineEdit *m_name;
    QLineEdit *m_dsn;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_db;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    QComboBox *m_sslmode;
    QSpinBox *m_timeout;
    QLabel *m_result;
    QPushButton *m_test;
    QPointer<pg::Connection> m_testConn;
};

} // namespace ui
