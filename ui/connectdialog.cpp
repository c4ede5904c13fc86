#include "connectdialog.h"

#include "core/passwordstore.h"
#include "hostkeyprompt.h"
#include "pg/connection.h"
#include "ssh/tunnel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace ui {

namespace {
QLineEdit *named(QLineEdit *e, const char *name) {
    e->setObjectName(QString::fromLatin1(name));
    return e;
}
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(named(new QLineEdit(this), "name"))
    , m_dsn(named(new QLineEdit(this), "dsn"))
    , m_host(named(new QLineEdit(this), "host"))
    , m_port(new QSpinBox(this))
    , m_db(named(new QLineEdit(this), "dbname"))
    , m_user(named(new QLineEdit(this), "user"))
    , m_password(named(new QLineEdit(this), "password"))
    , m_savePassword(new QCheckBox(tr("Save passwords and passphrases in the system keyring"), this))
    , m_timeout(new QSpinBox(this))
    , m_sslmode(new QComboBox(this))
    , m_sslHelp(new QLabel(this))
    , m_sslrootcert(named(new QLineEdit(this), "sslrootcert"))
    , m_sslcert(named(new QLineEdit(this), "sslcert"))
    , m_sslkey(named(new QLineEdit(this), "sslkey"))
    , m_sslkeyPassword(named(new QLineEdit(this), "sslpassword"))
    , m_sslcrl(named(new QLineEdit(this), "sslcrl"))
    , m_sslMinProtocol(new QComboBox(this))
    , m_ssh(new QGroupBox(tr("SSH tunnel"), this))
    , m_sshHost(named(new QLineEdit(this), "sshHost"))
    , m_sshPort(new QSpinBox(this))
    , m_sshUser(named(new QLineEdit(this), "sshUser"))
    , m_sshKey(named(new QLineEdit(this), "sshKey"))
    , m_sshPassphrase(named(new QLineEdit(this), "sshPassphrase"))
    , m_sshJump(named(new QLineEdit(this), "sshJump"))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test"), this)) {
    setWindowTitle(tr("Connect to PostgreSQL"));
    setObjectName(QStringLiteral("connectDialog"));
    m_port->setObjectName(QStringLiteral("port"));
    m_sslmode->setObjectName(QStringLiteral("sslmode"));
    m_sslHelp->setObjectName(QStringLiteral("sslmodeHelp"));
    m_sslMinProtocol->setObjectName(QStringLiteral("sslMinProtocol"));
    m_ssh->setObjectName(QStringLiteral("ssh"));
    m_sshPort->setObjectName(QStringLiteral("sshPort"));
    m_savePassword->setObjectName(QStringLiteral("savePassword"));
    m_test->setObjectName(QStringLiteral("test"));
    m_result->setObjectName(QStringLiteral("result"));
    m_savePassword->setEnabled(core::PasswordStore::keyringReachable());
    if (!m_savePassword->isEnabled())
        m_savePassword->setToolTip(tr("No keyring is running: secrets are used for this session only."));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save && Connect"));
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    // Return always means "Save & Connect", even right after clicking Test.
    // (Test is disabled while it runs, which moves focus on; a focused auto-default button
    // would otherwise take over the Return key.)
    m_test->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] { runTest(); });

    auto *right = new QVBoxLayout;
    right->addWidget(buildTls());
    right->addWidget(buildSsh());
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildServer(), 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(980, sizeHint().height());
}

ConnectDialog::~ConnectDialog() = default;

QWidget *ConnectDialog::buildServer() {
    auto *box = new QGroupBox(tr("Server"), this);
    m_dsn->setPlaceholderText(tr("postgresql://user@host:5432/db  or  host=… dbname=…  or  service=name"));
    m_host->setPlaceholderText(tr("from PGHOST, else local socket"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_db->setPlaceholderText(tr("from PGDATABASE, else the user name"));
    m_user->setPlaceholderText(tr("from PGUSER, else your login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: ~/.pgpass, PGPASSWORD or the keyring"));
    m_timeout->setRange(2, 300);
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));
    auto *hint = new QLabel(
        tr("Fill in the fields, or paste a URI / conninfo string (fields then override it)."), box);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(box);
    form->addRow(hint);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URI / conninfo:"), m_dsn);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_db);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Connect timeout:"), m_timeout);
    form->addRow(m_savePassword);
    return box;
}

QString ConnectDialog::sslModeHelp(const QString &mode) {
    if (mode == QLatin1String("disable"))
        return tr("Never encrypt: passwords and data cross the network readable by anyone on the way.");
    if (mode == QLatin1String("allow"))
        return tr("Try without encryption first; encrypt only if the server insists. Nothing is checked.");
    if (mode == QLatin1String("prefer"))
        return tr(
            "Encrypt when the server offers it, else connect in clear; the certificate is not checked.");
    if (mode == QLatin1String("require"))
        return tr("Always encrypt, but do not check the certificate: protects against eavesdropping, not "
                  "against a man in the middle.");
    if (mode == QLatin1String("verify-ca"))
        return tr("Encrypt and check that the server's certificate is signed by your root certificate; any "
                  "host that CA certified is accepted.");
    if (mode == QLatin1String("verify-full"))
        return tr("Encrypt, check the certificate against your root certificate and that it names this host: "
                  "protects also against a man in the middle holding a valid certificate for another host.");
    return tr("libpq's default (prefer): encrypt when the server offers it; the certificate is not checked.");
}

QWidget *ConnectDialog::fileField(QLineEdit *edit, const QString &title) {
    auto *browse =
        edit->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon), QLineEdit::TrailingPosition);
    browse->setToolTip(tr("Choose a file…"));
    connect(browse, &QAction::triggered, this, [this, edit, title] {
        // Non-modal: open(), never exec().
        auto *d = new QFileDialog(this, title, edit->text());
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setFileMode(QFileDialog::ExistingFile);
        connect(d, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        d->open();
    });
    return edit;
}

QGroupBox *ConnectDialog::buildTls() {
    auto *box = new QGroupBox(tr("TLS"), this);
    box->setObjectName(QStringLiteral("tls"));
    const QStringList modes = {QString(),
                               QStringLiteral("disable"),
                               QStringLiteral("allow"),
                               QStringLiteral("prefer"),
                               QStringLiteral("require"),
                               QStringLiteral("verify-ca"),
                               QStringLiteral("verify-full")};
    for (const auto &m : modes) {
        m_sslmode->addItem(m.isEmpty() ? tr("default (prefer)") : m, m);
        m_sslmode->setItemData(m_sslmode->count() - 1, sslModeHelp(m), Qt::ToolTipRole);
    }
    m_sslHelp->setWordWrap(true);
    // Up to four lines (longer languages) without the form squeezing them.
    m_sslHelp->setMinimumHeight(m_sslHelp->fontMetrics().lineSpacing() * 4);
    m_sslHelp->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_sslmode, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateSslHelp);
    updateSslHelp();
    m_sslrootcert->setPlaceholderText(tr("default ~/.postgresql/root.crt; needed by verify-ca/full"));
    m_sslcert->setPlaceholderText(tr("client certificate, if the server asks for one"));
    m_sslkey->setPlaceholderText(tr("the client certificate's private key"));
    m_sslkeyPassword->setEchoMode(QLineEdit::Password);
    m_sslkeyPassword->setPlaceholderText(tr("if the key is encrypted (kept in the keyring)"));
    m_sslcrl->setPlaceholderText(tr("certificate revocation list (optional)"));
    m_sslMinProtocol->addItem(tr("default (TLSv1.2)"), QString());
    for (const auto *v : {"TLSv1.2", "TLSv1.3"})
        m_sslMinProtocol->addItem(QString::fromLatin1(v), QString::fromLatin1(v));
    auto *form = new QFormLayout(box);
    form->addRow(tr("SSL &mode:"), m_sslmode);
    form->addRow(m_sslHelp);
    form->addRow(tr("&Root certificate:"), fileField(m_sslrootcert, tr("Root certificate")));
    form->addRow(tr("Client &certificate:"), fileField(m_sslcert, tr("Client certificate")));
    form->addRow(tr("Client &key:"), fileField(m_sslkey, tr("Client key")));
    form->addRow(tr("Key passphrase:"), m_sslkeyPassword);
    form->addRow(tr("Revocation &list:"), fileField(m_sslcrl, tr("Certificate revocation list")));
    form->addRow(tr("Minimum &protocol:"), m_sslMinProtocol);
    return box;
}

QGroupBox *ConnectDialog::buildSsh() {
    m_ssh->setCheckable(true);
    m_ssh->setChecked(false);
    m_ssh->setTitle(tr("Connect through an SSH tunnel"));
    m_sshHost->setPlaceholderText(tr("bastion host"));
    m_sshPort->setRange(1, 65535);
    m_sshPort->setValue(22);
    m_sshUser->setPlaceholderText(tr("your login name"));
    m_sshKey->setPlaceholderText(tr("empty: the ssh-agent"));
    m_sshPassphrase->setEchoMode(QLineEdit::Password);
    m_sshPassphrase->setPlaceholderText(tr("if the key is encrypted (kept in the keyring)"));
    m_sshJump->setPlaceholderText(tr("optional: user@jumphost[:port]"));
    auto *note = new QLabel(tr("The host above is then the database as the SSH server sees it (often "
                               "localhost). The server's key is checked against ~/.ssh/known_hosts."),
                            m_ssh);
    note->setWordWrap(true);
    auto *form = new QFormLayout(m_ssh);
    form->addRow(note);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_sshHost, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), m_ssh));
    hostRow->addWidget(m_sshPort);
    auto *hostLabel = new QLabel(tr("SSH h&ost:"), m_ssh);
    hostLabel->setBuddy(m_sshHost);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("SSH &user:"), m_sshUser);
    form->addRow(tr("&Key file:"), fileField(m_sshKey, tr("SSH private key")));
    form->addRow(tr("Key passphrase:"), m_sshPassphrase);
    form->addRow(tr("&Jump host:"), m_sshJump);
    return m_ssh;
}

void ConnectDialog::updateSslHelp() {
    m_sslHelp->setText(sslModeHelp(m_sslmode->currentData().toString()));
}

void ConnectDialog::setProfile(const core::Profile &p) {
    m_id = p.id;
    m_name->setText(p.name);
    m_dsn->setText(p.dsn);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_db->setText(p.dbname);
    m_user->setText(p.user);
    const int i = m_sslmode->findData(p.sslmode);
    m_sslmode->setCurrentIndex(i < 0 ? 0 : i);
    m_timeout->setValue(p.connectTimeoutS);
    m_sslrootcert->setText(p.sslrootcert);
    m_sslcert->setText(p.sslcert);
    m_sslkey->setText(p.sslkey);
    m_sslcrl->setText(p.sslcrl);
    const int v = m_sslMinProtocol->findData(p.sslMinProtocol);
    m_sslMinProtocol->setCurrentIndex(v < 0 ? 0 : v);
    m_ssh->setChecked(!p.sshHost.isEmpty());
    m_sshHost->setText(p.sshHost);
    m_sshPort->setValue(p.sshPort > 0 ? p.sshPort : 22);
    m_sshUser->setText(p.sshUser);
    m_sshKey->setText(p.sshKeyFile);
    m_sshJump->setText(p.sshJump);
}

core::Profile ConnectDialog::profile() const {
    core::Profile p = core::Profile::fromDsn(m_dsn->text().trimmed());
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.dbname = m_db->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslmode = m_sslmode->currentData().toString();
    p.connectTimeoutS = m_timeout->value();
    p.sslrootcert = m_sslrootcert->text().trimmed();
    p.sslcert = m_sslcert->text().trimmed();
    p.sslkey = m_sslkey->text().trimmed();
    p.sslcrl = m_sslcrl->text().trimmed();
    p.sslMinProtocol = m_sslMinProtocol->currentData().toString();
    if (m_ssh->isChecked()) {
        p.sshHost = m_sshHost->text().trimmed();
        p.sshPort = m_sshPort->value();
        p.sshUser = m_sshUser->text().trimmed();
        p.sshKeyFile = m_sshKey->text().trimmed();
        p.sshJump = m_sshJump->text().trimmed();
    }
    return p;
}

core::KeySecrets ConnectDialog::keySecrets() const {
    return {m_ssh->isChecked() ? m_sshPassphrase->text() : QString(), m_sslkeyPassword->text()};
}

void ConnectDialog::accept() {
    if (const QString bad = pg::ConnInfo(m_dsn->text().trimmed()).validate(); !bad.isEmpty()) {
        m_result->setText(
            tr("<b>Not saved:</b> the connection string cannot be read: %1").arg(bad.toHtmlEscaped()));
        m_dsn->setFocus();
        return;
    }
    if (m_ssh->isChecked()) {
        QString bad;
        if (m_sshHost->text().trimmed().isEmpty())
            bad = tr("give the SSH host, or turn the SSH tunnel off");
        else if (!m_sshJump->text().trimmed().isEmpty())
            ssh::Route().setJump(m_sshJump->text().trimmed(), &bad);
        if (!bad.isEmpty()) {
            m_result->setText(tr("<b>Not saved:</b> %1").arg(bad.toHtmlEscaped()));
            (m_sshHost->text().trimmed().isEmpty() ? m_sshHost : m_sshJump)->setFocus();
            return;
        }
    }
    QDialog::accept();
}

QString ConnectDialog::password() const {
    if (!m_password->text().isEmpty())
        return m_password->text();
    return pg::ConnInfo(m_dsn->text().trimmed()).password();
}

bool ConnectDialog::savePassword() const {
    return m_savePassword->isEnabled() && m_savePassword->isChecked();
}

QString ConnectDialog::testResult() const {
    return m_result->text();
}

QCoro::Task<void> ConnectDialog::runTest() {
    QPointer<ConnectDialog> self(this);
    if (m_testConn)
        m_testConn->deleteLater();
    auto *c = new pg::Connection(this);
    m_testConn = c;
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("pgdba test");
    o.hostKeyPrompt = hostKeyPrompt(this);
    c->setOptions(o);
    pg::ConnInfo info = profile().connInfo();
    if (!password().isEmpty())
        info.set("password", password());
    const core::KeySecrets secrets = keySecrets();
    info.set("sslpassword", secrets.sslKeyPassword);
    if (info.ssh().isSet()) {
        ssh::Route r = info.ssh();
        r.keyPassphrase = secrets.sshPassphrase;
        info.setSsh(r);
    }
    if (const QString bad = info.validate(); !bad.isEmpty()) {
        m_result->setText(tr("Invalid connection string: %1").arg(bad.toHtmlEscaped()));
        Q_EMIT testFinished(false);
        co_return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(info.displayName()));
    const auto err = co_await c->open(info);
    if (!self)
        co_return;
    m_test->setEnabled(true);
    if (err) {
        m_result->setText(tr("<b>Failed:</b> %1").arg(err->message.toHtmlEscaped()));
    } else {
        const auto &f = c->facts();
        const auto &tls = c->tls();
        const QString security =
            tls.encrypted
                ? tr("%1, %2%3")
                      .arg(tls.protocol, tls.cipher,
                           tls.hostNameVerified      ? tr(", certificate and host name verified")
                           : tls.certificateVerified ? tr(", certificate verified (not the host name)")
                                                     : tr(", certificate NOT verified"))
                : tr("not encrypted");
        m_result->setText(tr("<b>OK:</b> PostgreSQL %1 as %2%3, round trip %4 ms; %5%6")
                              .arg(f.shortVersion(), f.role, f.superuser ? tr(" (superuser)") : QString())
                              .arg(QLocale().toString(c->lastRoundTripMs(), 'f', 1))
                              .arg(security.toHtmlEscaped(),
                                   info.ssh().isSet()
                                       ? tr("; through SSH %1").arg(info.ssh().display().toHtmlEscaped())
                                       : QString()));
    }
    c->close();
    Q_EMIT testFinished(!err);
}

} // namespace ui
