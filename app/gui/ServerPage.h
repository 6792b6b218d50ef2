#pragma once

#include <QPointer>
#include <QWizardPage>
#include <memory>

class ApiCall;
class Config;
class DirectusClient;
class QLineEdit;

namespace Ui {
class ServerPage;
}

// First run (or an incomplete configuration): the Directus server and its two flows, each an id
// or a trigger URL pasted from Directus (which fills in the server too), "Test connection"
// (/server/ping, then each flow triggered with no parameters: it must exist and answer as a flow
// does), and Continue, which saves them to the user configuration. Plain http:// to another
// machine is refused as soon as it is entered.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    ServerPage(Config &config, DirectusClient &client, QWidget *parent = nullptr);
    ~ServerPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool cancelWait();
    void focusInput();

signals:
    // The configuration was written; the wizard applies it to the client and the session.
    void configSaved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Problem
    {
        QLineEdit *field = nullptr;
        QString message;
    };
    void onFlowEdited(QLineEdit *edit);
    QList<Problem> problems() const;
    bool showProblems(bool all);
    void testConnection();
    void onPingFinished();
    bool save();

    Config &m_config;
    DirectusClient &m_client;
    const std::unique_ptr<Ui::ServerPage> m_ui;
    QPointer<ApiCall> m_ping; // the current step of Test connection
    enum class Probe { Ping, LoginFlow, VerifyFlow };
    Probe m_probe = Probe::Ping;
    bool m_probeLogin = false; // the flows filled in, checked after the ping
    bool m_probeVerify = false;
    qint64 m_pingMs = 0;
    QStringList m_probeWhere;
    QList<QLineEdit *> m_leftFields;
    bool m_refocusTest = false; // Test connection had the focus: give it back afterwards // fields
                                // the person has left: their problems are shown
};
