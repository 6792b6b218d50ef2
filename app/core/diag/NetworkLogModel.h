#pragma once

#include <QAbstractTableModel>

class NetworkLog;

// The network log as a table (time, method, URL, status, duration, size) for the QA view. Every
// value is already masked by NetworkLog's Redactor.
class NetworkLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Method, Url, Status, Duration, Size, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        // True when the request failed, the status is 4xx/5xx, or the application found a problem
        // in the answer (a diagnosis): the view marks such rows.
        ProblemRole,
    };

    explicit NetworkLogModel(NetworkLog &log, QObject *parent = nullptr);
    ~NetworkLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    NetworkLog &log() const { return m_log; }

private:
    NetworkLog &m_log;
};
