#pragma once

#include "core/profile.h"

#include <QDialog>
#include <QPointer>

#include <qcoro/qcorotask.h>

class QLineEdit;
class QSpinBox;
class QComboBox;
class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace pg {
class Connection;
}

namespace ui {

// New / edit server. Fields or a URI/conninfo string; a TLS section (sslmode with what each
// mode protects against, root/client certificates, CRL, minimum protocol) and an SSH tunnel
// section (bastion, key or agent, jump host). "Test" connects without blocking. Secrets (the
// password, the client key's and the SSH key's passphrases) go to the keyring, never to the
// profile. Shown with open(), never exec(): the caller listens to accepted().
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setProfile(const core::Profile &p);
    core::Profile profile() const; // never contains a secret
    QString password() const;      // typed, or taken out of a URI
    core::KeySecrets keySecrets() const;
    bool savePassword() const;  // for all secrets typed here
    QString testResult() const; // last "Test" outcome shown to the user
    // One sentence on what a sslmode protects against ("" = libpq's default).
    static QString sslModeHelp(const QString &mode);
    // Refuses (and says why) a connection string libpq cannot parse or an SSH address that
    // does not read: it could not be saved without risking the password in it.
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok);

private:
    QWidget *buildServer();
    QGroupBox *buildTls();
    QGroupBox *buildSsh();
    QWidget *fileField(QLineEdit *edit, const QString &title);
    void updateSslHelp();
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
    QSpinBox *m_timeout;
    // TLS
    QComboBox *m_sslmode;
    QLabel *m_sslHelp;
    QLineEdit *m_sslrootcert;
    QLineEdit *m_sslcert;
    QLineEdit *m_sslkey;
    QLineEdit *m_sslkeyPassword;
    QLineEdit *m_sslcrl;
    QComboBox *m_sslMinProtocol;
    // SSH
    QGroupBox *m_ssh;
    QLineEdit *m_sshHost;
    QSpinBox *m_sshPort;
    QLineEdit *m_sshUser;
    QLineEdit *m_sshKey;
    QLineEdit *m_sshPassphrase;
    QLineEdit *m_sshJump;

    QLabel *m_result;
    QPushButton *m_test;
    QPointer<pg::Connection> m_testConn;
};

} // namespace ui
