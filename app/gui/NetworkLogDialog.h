#pragma once

#include <QDialog>

class NetworkLog;
class NetworkLogModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;

// The network log view (Tools ▸ Network log…, Ctrl+L): every request of this run in a table that
// grows as requests are made, and for the selected one the request and response with headers,
// pretty-printed JSON and — when the application found a problem in the answer — the likely
// cause and what to fix. Everything shown is masked. "Copy as cURL" copies the masked command;
// "Copy as cURL with secrets…" asks first, then copies the real one (kept in memory only) and
// clears the clipboard again after a minute. Non-modal.
//
// Children: networkLogFilter, networkLogTable, networkLogDetails, copyCurlButton (menu:
// copyCurlWithSecretsAction), clearLogButton, networkLogStatus; the confirmation is
// revealConfirmation.
class NetworkLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NetworkLogDialog(NetworkLog &log, QWidget *parent = nullptr);
    ~NetworkLogDialog() override;

    QTableView *table() const { return m_table; }
    // The detail pane as plain text.
    QString detailText() const;
    // The entry id of the selected row; 0 when none.
    int selectedId() const;
    void selectId(int id);

    void copyCurl();
    // Asks (revealConfirmation, a window-modal message box opened without blocking) and copies
    // only when the person confirms.
    void copyCurlWithSecrets();

    static constexpr int ClipboardClearMs = 60000;

signals:
    // After copying; `revealed` when the command holds the real secrets.
    void curlCopied(bool revealed);

private:
    void onRowsInserted();
    void onEntryChanged(int index);
    void updateDetails();
    void updateActions();
    void updateCount();
    void setStatus(const QString &text);

    NetworkLog &m_log;
    NetworkLogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QLabel *m_count;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTextBrowser *m_details;
    QToolButton *m_copyButton;
    QAction *m_copyAction;
    QAction *m_revealAction;
    QPushButton *m_clearButton;
    QLabel *m_status;
    int m_shownId = 0;
};
