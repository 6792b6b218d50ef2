#pragma once

#include "Error.h"

#include <QString>
#include <QUrl>

// A Directus flow as the person gives it: its id ("2b3c…") or the whole trigger URL pasted from the
// Directus app ("https://cms.example.com/flows/trigger/2b3c…"). A trigger URL also names the
// server.
class FlowRef
{
public:
    FlowRef() = default;

    // Accepts an id (letters, digits, '-', '_') or an http(s) URL whose path ends in
    // /flows/trigger/<id> (a trailing slash, a query and a fragment are ignored; a Directus behind
    // a sub-path, "https://host/cms/flows/trigger/<id>", keeps "https://host/cms" as its server).
    static Result<FlowRef> parse(const QString &text);

    bool isNull() const { return m_id.isEmpty(); }
    QString id() const { return m_id; }
    // The server named by a pasted trigger URL; empty when the flow was given as an id.
    QUrl server() const { return m_server; }

    // The trigger URL of this flow on `server` (the flow's own server wins when it has one).
    QUrl triggerUrl(const QUrl &server) const;

private:
    QString m_id;
    QUrl m_server;
};

// A Directus server URL as typed: "cms.example.com" → "https://cms.example.com";
// "http://127.0.0.1:8055/" → "http://127.0.0.1:8055". Invalid → Error::Kind::InvalidInput.
Result<QUrl> parseServerUrl(const QString &text);
// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopback(const QUrl &url);
