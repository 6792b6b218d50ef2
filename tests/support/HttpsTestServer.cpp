#include "HttpsTestServer.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>

namespace {
const char CaConfig[] = "[ca]\n"
                        "default_ca = dl\n"
                        "[dl]\n"
                        "dir = .\n"
                        "database = index.txt\n"
                        "new_certs_dir = .\n"
                        "serial = serial\n"
                        "default_md = sha256\n"
                        "policy = any\n"
                        "copy_extensions = none\n"
                        "unique_subject = no\n"
                        "[any]\n"
                        "commonName = supplied\n"
                        "[local]\n"
                        "subjectAltName = DNS:localhost,IP:127.0.0.1\n"
                        "[other]\n"
                        "subjectAltName = DNS:other.example\n";
} // namespace

TestCertificates::TestCertificates() = default;

bool TestCertificates::openssl(const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        m_error
            = QStringLiteral("the openssl command line tool is missing (apt-get install openssl)");
        return false;
    }
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error
            = QStringLiteral("openssl %1 failed: %2")
                  .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::makeLeaf(Kind kind, const QString &name, const QString &subject,
    const QString &extension, const QStringList &validity, bool selfSigned)
{
    const QString key = name + QStringLiteral(".key");
    const QString csr = name + QStringLiteral(".csr");
    const QString pem = name + QStringLiteral(".pem");
    if (!openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr,
            QStringLiteral("-subj"), subject }))
        return false;
    QStringList sign { QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
        QStringLiteral("ca.cnf"), QStringLiteral("-in"), csr, QStringLiteral("-out"), pem,
        QStringLiteral("-extensions"), extension, QStringLiteral("-notext") };
    if (selfSigned)
        sign << QStringLiteral("-selfsign") << QStringLiteral("-keyfile") << key;
    else
        sign << QStringLiteral("-cert") << QStringLiteral("ca.pem") << QStringLiteral("-keyfile")
             << QStringLiteral("ca.key");
    if (!openssl(sign + validity))
        return false;
    QFile certFile(m_dir.filePath(pem));
    QFile keyFile(m_dir.filePath(key));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1 or %2").arg(pem, key);
        return false;
    }
    Identity identity { QSslCertificate(certFile.readAll(), QSsl::Pem),
        QSslKey(keyFile.readAll(), QSsl::Ec) };
    if (identity.certificate.isNull() || identity.key.isNull()) {
        m_error = QStringLiteral("Qt cannot read the certificate or key %1").arg(name);
        return false;
    }
    m_identities.insert(int(kind), identity);
    return true;
}

bool TestCertificates::make()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    QFile config(m_dir.filePath(QStringLiteral("ca.cnf")));
    QFile index(m_dir.filePath(QStringLiteral("index.txt")));
    QFile serial(m_dir.filePath(QStringLiteral("serial")));
    if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly)
        || !serial.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write the CA files");
        return false;
    }
    config.write(CaConfig);
    serial.write("01\n");
    config.close();
    index.close();
    serial.close();

    if (!openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
            QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"),
            QStringLiteral("-subj"), QStringLiteral("/O=Directus Login Tests/CN=") + caName(),
            QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
            QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") }))
        return false;
    const auto cas = QSslCertificate::fromPath(caFile(), QSsl::Pem);
    if (cas.size() != 1) {
        m_error = QStringLiteral("Qt cannot read the test CA");
        return false;
    }
    m_ca = cas.constFirst();
    const QStringList valid { QStringLiteral("-days"), QStringLiteral("30") };
    const QStringList expired { QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
        QStringLiteral("-enddate"), QStringLiteral("20200201000000Z") };
    return makeLeaf(Kind::Good, QStringLiteral("good"), QStringLiteral("/CN=localhost"),
               QStringLiteral("local"), valid)
        && makeLeaf(Kind::Expired, QStringLiteral("expired"), QStringLiteral("/CN=localhost"),
            QStringLiteral("local"), expired)
        && makeLeaf(Kind::OtherHost, QStringLiteral("other"), QStringLiteral("/CN=other.example"),
            QStringLiteral("other"), valid)
        && makeLeaf(Kind::SelfSigned, QStringLiteral("self"), QStringLiteral("/CN=localhost"),
            QStringLiteral("local"), valid, true);
}

QString TestCertificates::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

TestCertificates::Identity TestCertificates::identity(Kind kind) const
{
    return m_identities.value(int(kind));
}

HttpsTestServer::HttpsTestServer(const TestCertificates::Identity &identity, QObject *parent)
    : QObject(parent)
    , m_body(R"({"data":{"id":"u-tls","first_name":"Tess"}})")
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(identity.certificate);
    config.setPrivateKey(identity.key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(config);
    m_server.setHandshakeTimeout(10000);
    connect(&m_server, &QSslServer::errorOccurred, this,
        [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                m_requests.append(buffer->left(end));
                emit requestReceived();
                socket->write("HTTP/1.1 " + QByteArray::number(m_status)
                    + " X\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
                socket->disconnectFromHost();
            });
            connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

HttpsTestServer::~HttpsTestServer() = default;

QUrl HttpsTestServer::url(const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(m_server.serverPort());
    return url;
}

void HttpsTestServer::setReply(int status, const QByteArray &body)
{
    m_status = status;
    m_body = body;
}
