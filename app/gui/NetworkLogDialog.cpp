#include "NetworkLogDialog.h"

#include "GuiStyle.h"
#include "NetworkLog.h"
#include "NetworkLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Filters on every column, and colours the rows the application found a problem in.
class LogFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QPalette palette;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole
            && QSortFilterProxyModel::data(index, NetworkLogModel::ProblemRole).toBool()) {
            return GuiStyle::toneColor(GuiStyle::Tone::Error, palette);
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString headersHtml(const QList<QPair<QString, QString>> &headers)
{
    QString html;
    for (const auto &header : headers)
        html += QStringLiteral("<b>%1:</b> %2<br>").arg(esc(header.first), esc(header.second));
    return html;
}

QString preHtml(const QString &text)
{
    return QStringLiteral("<pre style=\"margin:0\">%1</pre>").arg(esc(text));
}
} // namespace

NetworkLogDialog::NetworkLogDialog(NetworkLog &log, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_model(new NetworkLogModel(log, this))
    , m_filter(new LogFilterModel(this))
{
    setObjectName(QStringLiteral("networkLogDialog"));
    //: The network log window's title.
    setWindowTitle(tr("Network log"));
    setModal(false);
    setSizeGripEnabled(true);
    const int unit = fontMetrics().height();
    resize(unit * 58, unit * 38);

    static_cast<LogFilterModel *>(m_filter)->palette = palette();
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("networkLogFilter"));
    //: Placeholder of the network log's filter field.
    m_filterEdit->setPlaceholderText(tr("Filter by URL, method or status"));
    m_filterEdit->setAccessibleName(tr("Filter requests"));
    m_filterEdit->setClearButtonEnabled(true);
    top->addWidget(m_filterEdit, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("networkLogCount"));
    GuiStyle::setDimmed(m_count);
    top->addWidget(m_count);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("networkLogSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("networkLogTable"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(qRound(unit * 1.5));
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    for (int column = 0; column < NetworkLogModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NetworkLogModel::Url, QHeaderView::Stretch);
    m_details = new QTextBrowser(m_splitter);
    m_details->setObjectName(QStringLiteral("networkLogDetails"));
    m_details->setAccessibleName(tr("Request and response"));
    m_details->setOpenLinks(false);
    //: The network log's detail pane before a request is selected.
    m_details->setPlaceholderText(
        tr("Select a request to see its headers and body, and what went wrong "
           "if anything did. Requests appear here as the app makes them."));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details->document()->setDefaultFont(mono);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    layout->addWidget(m_splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copyAction = new QAction(tr("Copy as &cURL"), this);
    m_copyAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyAction->setToolTip(tr("Copy a curl command that repeats this request, secrets masked"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revealAction = new QAction(tr("Copy as cURL with &Secrets…"), this);
    m_revealAction->setObjectName(QStringLiteral("copyCurlWithSecretsAction"));
    m_revealAction->setToolTip(
        tr("Copy the command with the real code, token and credentials (asks first)"));
    auto *copyMenu = new QMenu(m_copyButton);
    copyMenu->setObjectName(QStringLiteral("copyCurlMenu"));
    copyMenu->addAction(m_revealAction);
    m_copyButton->setDefaultAction(m_copyAction);
    m_copyButton->setMenu(copyMenu);
    m_copyButton->setAccessibleName(tr("Copy as cURL, secrets masked"));
    m_copyButton->setAccessibleDescription(
        tr("The button's menu has a second choice that copies the command with its secrets."));
    m_table->addAction(m_copyAction);
    bottom->addWidget(m_copyButton);
    //: Empties the network log.
    m_clearButton = new QPushButton(tr("C&lear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearLogButton"));
    m_clearButton->setAccessibleName(tr("Clear the network log"));
    m_clearButton->setAutoDefault(false);
    bottom->addWidget(m_clearButton);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkLogStatus"));
    m_status->setWordWrap(true);
    GuiStyle::setDimmed(m_status);
    bottom->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the network log"));
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    setTabOrder(m_filterEdit, m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_copyButton);
    setTabOrder(m_copyButton, m_clearButton);
    setTabOrder(m_clearButton, buttons->button(QDialogButtonBox::Close));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &NetworkLogDialog::onRowsInserted);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        updateActions();
        updateCount();
    });
    connect(&m_log, &NetworkLog::entryChanged, this, &NetworkLogDialog::onEntryChanged);
    // The window shows the log and nothing else: it goes with it (its table would otherwise read
    // a log that no longer exists).
    connect(&m_log, &QObject::destroyed, this, [this] { delete this; });
    connect(m_copyAction, &QAction::triggered, this, &NetworkLogDialog::copyCurl);
    connect(m_revealAction, &QAction::triggered, this, &NetworkLogDialog::copyCurlWithSecrets);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_log.clear();
        setStatus(QString());
    });

    updateCount();
    updateActions();
    if (m_filter->rowCount() > 0)
        selectId(m_filter->index(m_filter->rowCount() - 1, 0)
                     .data(NetworkLogModel::EntryIdRole)
                     .toInt());
    m_table->setFocus(Qt::OtherFocusReason);
}

NetworkLogDialog::~NetworkLogDialog() = default;

int NetworkLogDialog::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(NetworkLogModel::EntryIdRole).toInt() : 0;
}

void NetworkLogDialog::selectId(int id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(NetworkLogModel::EntryIdRole).toInt() == id) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

QString NetworkLogDialog::detailText() const
{
    return m_details->toPlainText();
}

void NetworkLogDialog::onRowsInserted()
{
    updateCount();
    // Follow the newest request while the person is looking at the end of the list.
    const int rows = m_filter->rowCount();
    const int current = m_table->selectionModel()->currentIndex().row();
    QScrollBar *bar = m_table->verticalScrollBar();
    const bool atEnd = !m_table->selectionModel()->currentIndex().isValid() || current >= rows - 2
        || bar->value() == bar->maximum();
    if (atEnd && rows > 0)
        selectId(m_filter->index(rows - 1, 0).data(NetworkLogModel::EntryIdRole).toInt());
}

void NetworkLogDialog::onEntryChanged(int index)
{
    if (index >= 0 && index < m_log.entries().size()
        && m_log.entries().at(index).id == selectedId()) {
        updateDetails();
        updateActions();
    }
}

void NetworkLogDialog::updateCount()
{
    const int all = int(m_log.entries().size());
    const int shown = m_filter->rowCount();
    //: Next to the network log's filter. %n is the number of requests.
    m_count->setText(shown == all ? tr("%n request(s)", nullptr, all)
                                  //: %1 of %n requests are shown (the rest are filtered out).
                                  : tr("%1 of %n request(s)", nullptr, all).arg(shown));
}

void NetworkLogDialog::updateActions()
{
    const int id = selectedId();
    m_copyAction->setEnabled(id != 0);
    m_revealAction->setEnabled(id != 0 && m_log.hasRawRequest(id));
    m_clearButton->setEnabled(!m_log.entries().isEmpty());
}

void NetworkLogDialog::updateDetails()
{
    const int id = selectedId();
    const NetworkLog::Entry *entry = id ? m_log.entry(id) : nullptr;
    if (!entry) {
        m_shownId = 0;
        m_details->clear();
        return;
    }
    const int scroll = m_shownId == id ? m_details->verticalScrollBar()->value() : 0;
    m_shownId = id;
    const QColor errorColor = GuiStyle::toneColor(GuiStyle::Tone::Error, palette());
    const QColor errorBackground = GuiStyle::toneBackground(GuiStyle::Tone::Error, palette());
    QString html;
    if (!entry->errorMessage.isEmpty() || !entry->diagnosis.isEmpty()) {
        html += QStringLiteral(
            "<table width=\"100%\" cellpadding=\"6\" style=\"background-color:%1\"><tr><td>")
                    .arg(errorBackground.name());
        if (!entry->errorMessage.isEmpty()) {
            //: In the network log, above what the app made of a failed answer.
            html += QStringLiteral("<p style=\"color:%1\"><b>%2</b> %3</p>")
                        .arg(errorColor.name(), esc(tr("Problem:")), esc(entry->errorMessage));
        }
        if (!entry->diagnosis.isEmpty()) {
            //: In the network log: the likely misconfiguration and how to fix it follows.
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(esc(tr("Likely cause and fix:")), esc(entry->diagnosis));
        }
        html += QStringLiteral("</td></tr></table>");
    }
    //: Heading in the network log's detail pane.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Request")));
    html += QStringLiteral("<p><b>%1</b> %2<br><span>%3</span></p>")
                .arg(esc(entry->method), esc(entry->url),
                    esc(QLocale().toString(entry->started, QLocale::LongFormat)));
    html += QStringLiteral("<p>") + headersHtml(entry->requestHeaders) + QStringLiteral("</p>");
    if (!entry->requestBody.isEmpty())
        html += preHtml(entry->requestBody);

    //: Heading in the network log's detail pane.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Response")));
    if (!entry->finished) {
        //: In the network log while a request has no answer yet.
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Waiting for the answer…")));
    } else {
        QString line;
        if (entry->status) {
            //: %1 HTTP status, %2 duration, %3 size: "HTTP 200 · 41 ms · 1.2 KB".
            line = tr("HTTP %1 · %2 ms · %3")
                       .arg(entry->status)
                       .arg(entry->durationMs)
                       .arg(QLocale().formattedDataSize(entry->bytes));
        } else {
            //: In the network log: no HTTP answer came. %1 is the technical reason.
            line = tr("No answer after %1 ms: %2").arg(entry->durationMs).arg(entry->error);
        }
        const bool problem = entry->status == 0 || entry->status >= 400;
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                    .arg(problem ? errorColor.name() : palette().color(QPalette::Text).name(),
                        esc(line));
        if (entry->status && !entry->error.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(entry->error));
        html
            += QStringLiteral("<p>") + headersHtml(entry->responseHeaders) + QStringLiteral("</p>");
        if (!entry->responseBody.isEmpty())
            html += preHtml(entry->responseBody);
    }
    m_details->setHtml(html);
    m_details->verticalScrollBar()->setValue(scroll);
}

void NetworkLogDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void NetworkLogDialog::copyCurl()
{
    const NetworkLog::Entry *entry = m_log.entry(selectedId());
    if (!entry)
        return;
    QGuiApplication::clipboard()->setText(NetworkLog::curlCommand(*entry));
    //: After Copy as cURL.
    setStatus(tr("Copied, secrets masked."));
    emit curlCopied(false);
}

void NetworkLogDialog::copyCurlWithSecrets()
{
    const int id = selectedId();
    if (!id || !m_log.hasRawRequest(id))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning,
        //: Title of the confirmation before copying a request with its secrets.
        tr("Copy with secrets?"),
        tr("The command will contain this request's code, token or credentials in plain text. "
           "Anyone who sees it can sign in as this person."),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("revealConfirmation"));
    box->setInformativeText(tr("Paste it only where nobody else can read it, and never into a bug "
                               "report or chat. The clipboard is cleared after a minute."));
    //: Confirms copying the request with its secrets.
    QPushButton *reveal = box->addButton(tr("Copy with Secrets"), QMessageBox::AcceptRole);
    reveal->setObjectName(QStringLiteral("revealButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, reveal, id] {
        if (box->clickedButton() != reveal) {
            setStatus(tr("Nothing was copied."));
            return;
        }
        const QString command = m_log.revealedCurlCommand(id);
        if (command.isEmpty())
            return;
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(command);
        // Only the copy made here is cleared, and only if it is still there.
        // A fingerprint, so that the command itself is not kept for that minute.
        const size_t fingerprint = qHash(command);
        QTimer::singleShot(ClipboardClearMs, clipboard, [clipboard, fingerprint] {
            if (qHash(clipboard->text()) == fingerprint)
                clipboard->clear();
        });
        //: After Copy as cURL with secrets. %n is the number of seconds.
        setStatus(tr("Copied with secrets. The clipboard is cleared in %n s.", nullptr,
            ClipboardClearMs / 1000));
        emit curlCopied(true);
    });
    box->open();
}
