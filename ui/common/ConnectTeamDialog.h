#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cs::ui {

/// File > Connect to Team Workspace…: where a team workspace's PostgreSQL database is and who connects
/// (docs/team-workspaces.md). The password is used for this connection only and never saved; left empty, libpq finds
/// it in ~/.pgpass or a service file. TLS verifies the server's certificate unless the person chooses otherwise.
class ConnectTeamDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectTeamDialog(QWidget* parent = nullptr);

    /// The connection URI, with the password when one was typed (use it, never keep it).
    QString uri() const;

    enum class Tls
    {
        VerifyFull,
        Require,
        LocalSocket,
    };
    /// The URI for these details: postgresql://USER[:PASSWORD]@HOST:PORT/DATABASE?sslmode=... (each part
    /// percent-encoded); a host that is a folder is a Unix socket.
    static QString buildUri(const QString& host, int port, const QString& database, const QString& user,
                            const QString& password, Tls tls);

private:
    void updateState();
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tls;
    QLineEdit* m_password;
    QLineEdit* m_uri;
    QLabel* m_preview;
    QWidget* m_connect;
};

} // namespace cs::ui
