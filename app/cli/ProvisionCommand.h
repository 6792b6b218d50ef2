#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QNetworkAccessManager;
class Provisioner;

// `directus-login provision`: creates or updates the Directus Login flows and fields on a
// Directus server through its REST API with an admin token (see packaging/directus/README.md).
class ProvisionCommand : public QObject
{
    Q_OBJECT
public:
    explicit ProvisionCommand(QNetworkAccessManager &nam, QObject *parent = nullptr);
    ~ProvisionCommand() override;

    // arguments: the whole command line, e.g. {"directus-login", "provision", "--server", …}.
    // Parses with its own QCommandLineParser; prints to stdout/stderr; emits finished exactly
    // once, never from inside start().
    void start(const QStringList &arguments, const QProcessEnvironment &env);

signals:
    void finished(int exitCode); // 0 ok, 1 failure, 2 usage

private:
    void finish(int exitCode);
    void onProvisionerFinished();

    QNetworkAccessManager &m_nam;
    Provisioner *m_provisioner = nullptr;
    bool m_json = false;
    bool m_finished = false;
};
