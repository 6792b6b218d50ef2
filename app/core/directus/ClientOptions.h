#pragma once

#include "FlowRef.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

// How DirectusClient talks to one server; built from the configuration (Config::clientOptions).
struct ClientOptions
{
    QUrl server; // "https://cms.example.com" (a flow's trigger URL may name its own)
    FlowRef loginFlow;
    FlowRef verifyFlow;
    bool usePost = false; // POST a JSON body instead of GET with a query
    int timeoutMs = 20000; // without progress for this long, a request fails with Timeout
    qint64 maxResponseBytes = 1024 * 1024;
    bool allowInsecureHttp = false; // http:// to a non-loopback server
    QList<QSslCertificate> extraCaCertificates; // --ca-file: trusted in addition to the system's
};
