#include "NetworkLogModel.h"

#include "NetworkLog.h"

#include <QLocale>

NetworkLogModel::NetworkLogModel(NetworkLog &log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(&m_log, &NetworkLog::entryAdded, this, [this](int row) {
        beginInsertRows({}, row, row);
        endInsertRows();
    });
    connect(&m_log, &NetworkLog::aboutToClear, this, [this] { beginResetModel(); });
    connect(&m_log, &NetworkLog::cleared, this, [this] { endResetModel(); });
    connect(&m_log, &NetworkLog::entryChanged, this,
        [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

NetworkLogModel::~NetworkLogModel() = default;

int NetworkLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_log.entries().size());
}

int NetworkLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_log.entries().size())
        return {};
    const NetworkLog::Entry &entry = m_log.entries().at(index.row());
    if (role == EntryIdRole)
        return entry.id;
    if (role == Qt::TextAlignmentRole
        && (index.column() == Status || index.column() == Duration || index.column() == Size))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ProblemRole)
        return entry.finished
            && ((entry.status == 0 && entry.error != QLatin1String("cancelled"))
                || entry.status >= 400 || !entry.diagnosis.isEmpty());
    if (role == Qt::ToolTipRole && index.column() == Status && !entry.error.isEmpty())
        return entry.error;
    if (role == Qt::ToolTipRole && !entry.diagnosis.isEmpty())
        return entry.diagnosis;
    if (role == Qt::ToolTipRole && index.column() == Url)
        return entry.url;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return entry.started.time().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Method:
        return entry.method;
    case Url:
        return entry.url;
    case Status:
        if (!entry.finished)
            return tr("pending", "network log: request not answered yet");
        if (entry.status)
            return entry.status;
        return entry.error == QLatin1String("cancelled") ? tr("cancelled") : tr("failed");
    case Duration:
        return entry.durationMs >= 0 ? tr("%1 ms").arg(entry.durationMs) : QString();
    case Size:
        return entry.finished ? QLocale().formattedDataSize(entry.bytes) : QString();
    default:
        return {};
    }
}

QVariant NetworkLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Size:
        return tr("Size");
    default:
        return {};
    }
}
