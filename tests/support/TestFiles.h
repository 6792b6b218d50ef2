#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Small files the tests write and read (configuration files, logs, reports). Header only.

// Writes `text` to `path`, replacing it; the test binary stops (qFatal) when it cannot, since no
// assertion after it would mean anything.
inline void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

// The contents of `path`, empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
