#include "connectdialog.h"

#include "core/passwordstore.h"
#include "pg/connection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_dsn(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_db(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_savePassword(new QCheckBox(tr("Save in the system keyring"), this))
    , m_sslmode(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test"), this)) {
    setWindowTitle(tr("Connect to PostgreSQL"));
    setObjectName(QStringLiteral("connectDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_dsn->setObjectName(QStringLiteral("dsn"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_db->setObjectName(QStringLiteral("dbname"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_test->setObjectName(QStringLiteral("test"));
    m_result->setObjectName(QStringLiteral("result"));

    m_dsn->setPlaceholderText(tr("postgresql://user@host:5432/db  or  host=… dbname=…  or  service=name"));
    m_host->setPlaceholderText(tr("from PGHOST, else local socket"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_db->setPlaceholderText(tr("from PGDATABASE, else the user name"));
    m_user->setPlaceholderText(tr("from PGUSER, else your login"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: ~/.pgpass, PGPASSWORD or the keyring"));
    m_sslmode->addItems({QString(), QStringLiteral("disable"), QStringLiteral("allow"),
                         QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
                         QStringLiteral("verify-full")});
    m_sslmode->setItemText(0, tr("default (prefer)"));
    m_timeout->setRange(2, 300);
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));
    m_savePassword->setEnabled(core::PasswordStore::keyringReachable());
    if (!m_savePassword->isEnabled())
        m_savePassword->setToolTip(tr("No keyring is running: the password is used for this session only."));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URI / conninfo:"), m_dsn);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_db);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_savePassword);
    form->addRow(tr("SSL mode:"), m_sslmode);
    form->addRow(tr("Connect timeout:"), m_timeout);

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

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        tr("Fill in the fields, or paste a URI / conninfo string (fields then override it)."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setProfile(const core::Profile &p) {
    m_id = p.id;
    m_name->setText(p.name);
    m_dsn->setText(p.dsn);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_db->setText(p.dbname);
    m_user->setText(p.user);
    const int i = m_sslmode->findText(p.sslmode);
    m_sslmode->setCurrentIndex(p.sslmode.isEmpty() || i < 0 ? 0 : i);
    m_timeout->setValue(p.connectTimeoutS);
}

core::Profile ConnectDialog::profile() const {
    core::Profile p = core::Profile::fromDsn(m_dsn->text().trimmed());
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.dbname = m_db->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslmode = m_sslmode->currentIndex() == 0 ? QString() : m_sslmode->currentText();
    p.connectTimeoutS = m_timeout->value();
    return p;
}

void ConnectDialog::accept() {
    if (const QString bad = pg::ConnInfo(m_dsn->text().trimmed()).validate(); !bad.isEmpty()) {
        m_result->setText(
            tr("<b>Not saved:</b> the connection string cannot be read: %1").arg(bad.toHtmlEscaped()));
        m_dsn->setFocus();
        return;
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
    c->setOptions(o);
    pg::ConnInfo info = profile().connInfo();
    if (!password().isEmpty())
        info.set("password", password());
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
        m_result->setText(tr("<b>OK:</b> PostgreSQL %1 as %2%3, round trip %4 ms")
                              .arg(f.shortVersion(), f.role, f.superuser ? tr(" (superuser)") : QString())
                              .arg(QLocale().toString(c->lastRoundTripMs(), 'f', 1)));
    }
    c->close();
    Q_EMIT testFinished(!err);
}

} // namespace ui
