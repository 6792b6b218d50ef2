#include "CountryPicker.h"

#include "Bidi.h"
#include "GuiStyle.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStyle>
#include <QThread>
#include <QTimer>

#include <memory>

namespace {
constexpr int RegionRole = Qt::UserRole + 1;
}

CountryPicker::CountryPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(this))
{
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(8);
    m_completer->setWrapAround(false);
    // Not QLineEdit::setCompleter(): that would replace the typed text with each highlighted row.
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("countryList"));
    //: Accessible name of the list of countries matching the search.
    m_completer->popup()->setAccessibleName(tr("Matching countries"));

    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { chooseRow(index.row()); });
    connect(this, &QLineEdit::textEdited, this, &CountryPicker::search);

    m_showAll = addAction(QIcon(), QLineEdit::TrailingPosition);
    m_showAll->setObjectName(QStringLiteral("showCountriesAction"));
    m_showAll->setText(tr("Show all countries"));
    m_showAll->setToolTip(tr("Show all countries"));
    updateIcon();
    connect(m_showAll, &QAction::triggered, this, [this] {
        setFocus(Qt::OtherFocusReason);
        showAll();
    });

    //: Placeholder of the country field: what the search accepts. %1 is a calling code ("+44").
    setPlaceholderText(tr("Search by name, code or %1").arg(Bidi::number(QStringLiteral("+44"))));
    setAccessibleName(tr("Country or region"));
    setAccessibleDescription(
        tr("Type a country name, its two-letter code or its calling code, then press Enter."));
}

CountryPicker::~CountryPicker()
{
    if (m_loader) {
        m_loader->wait(); // at most the metadata load: the thread must not outlive its list
        delete m_loader;
    }
}

const CountryList &CountryPicker::list() const
{
    if (!m_list)
        m_list.emplace(locale());
    return *m_list;
}

QString CountryPicker::label(const Country &country) const
{
    //: A country in the picker: %1 is its name, %2 its calling code with its +
    //: ("United Kingdom (+44)").
    return tr("%1 (%2)").arg(country.name, Bidi::number(u'+' + country.callingCode));
}

void CountryPicker::setRegion(const QString &region)
{
    const QString upper = region.trimmed().toUpper();
    // Before the list is loaded any two-letter code is taken as it is (checked once loaded).
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    if (m_list ? list().indexOf(upper) < 0 : !twoLetters.match(upper).hasMatch())
        return;
    const bool changed = upper != m_region;
    m_region = upper;
    hideList();
    revert();
    if (changed)
        emit regionChanged(m_region);
}

Country CountryPicker::country() const
{
    return m_region.isEmpty() ? Country() : list().country(m_region);
}

QList<Country> CountryPicker::matches() const
{
    QList<Country> out;
    if (!isListVisible())
        return out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out.append(list().country(m_model->item(row)->data(RegionRole).toString()));
    return out;
}

bool CountryPicker::isListVisible() const
{
    return m_completer->popup()->isVisible();
}

void CountryPicker::showAll()
{
    search(QString());
    // The whole list opens at the country chosen now, not at its first row (issue 23).
    QAbstractItemModel *model = m_completer->completionModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(RegionRole).toString() == m_region) {
            setCurrentRow(row);
            break;
        }
    }
}

void CountryPicker::search(const QString &text)
{
    m_model->clear();
    const QList<Country> found = list().search(text);
    for (const Country &country : found) {
        auto *item = new QStandardItem(label(country));
        item->setData(country.region, RegionRole);
        item->setData(label(country), Qt::AccessibleTextRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    if (found.isEmpty()) {
        hideList();
        return;
    }
    m_completer->complete(rect());
    setCurrentRow(0);
}

int CountryPicker::currentRow() const
{
    const QModelIndex index = m_completer->popup()->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void CountryPicker::setCurrentRow(int row)
{
    QAbstractItemModel *model = m_completer->completionModel();
    if (row < 0 || row >= model->rowCount())
        return;
    const QModelIndex index = model->index(row, 0);
    m_completer->popup()->setCurrentIndex(index);
    m_completer->popup()->scrollTo(index);
}

void CountryPicker::chooseRow(int row)
{
    QAbstractItemModel *model = m_completer->completionModel();
    if (row < 0 || row >= model->rowCount())
        return;
    const QString region = model->index(row, 0).data(RegionRole).toString();
    setRegion(region);
    emit regionChosen(m_region);
}

void CountryPicker::revert()
{
    if (m_region.isEmpty()) {
        m_shown.clear();
        clear();
        return;
    }
    // The name alone while the list is loading (the calling code comes with it), or when the list
    // does not know the region (phone number support missing: not "(+)").
    const int index = m_list ? list().indexOf(m_region) : -1;
    m_shown = index >= 0 ? label(list().countries().at(index)) : CountryList::regionName(m_region);
    setText(m_shown);
    setCursorPosition(0);
}

void CountryPicker::hideList()
{
    if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
}

void CountryPicker::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (isListVisible()) {
            chooseRow(currentRow() >= 0 ? currentRow() : 0);
            event->accept();
            return;
        }
        if (text() != m_shown) {
            // Typed, but the list closed (nothing matched): keep the chosen country.
            revert();
        }
        // Enter on the country goes on to the number.
        emit regionChosen(m_region);
        event->accept();
        return;
    case Qt::Key_Escape:
        if (isListVisible() || text() != m_shown) {
            hideList();
            revert();
            selectAll();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Down:
        if (!isListVisible()) {
            if (event->modifiers() & Qt::AltModifier || text() == m_shown)
                showAll();
            else
                search(text());
        } else {
            setCurrentRow(qMin(currentRow() + 1, m_completer->completionModel()->rowCount() - 1));
        }
        event->accept();
        return;
    case Qt::Key_Up:
        if (isListVisible()) {
            setCurrentRow(qMax(currentRow() - 1, 0));
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void CountryPicker::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    if (!m_list) {
        list(); // the person is about to search
        revert();
    }
    const auto selectCountry = [this] {
        if (hasFocus() && text() == m_shown)
            selectAll();
    };
    // Typing replaces the country shown. After a mouse press the selection is made once the
    // press is over, else the press would undo it.
    if (event->reason() == Qt::MouseFocusReason)
        QTimer::singleShot(0, this, selectCountry);
    else if (event->reason() != Qt::PopupFocusReason)
        selectCountry();
}

void CountryPicker::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() == Qt::PopupFocusReason)
        return;
    hideList();
    revert();
}

void CountryPicker::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    if (m_list || m_loadScheduled)
        return;
    m_loadScheduled = true;
    // Off the GUI thread: the first libphonenumber call reads its metadata (7 ms on an idle
    // machine, 20–70 ms on a busy one), which was the largest event-loop gap of a sign-in
    // (tests/bench). If the person opens the list before the worker is done, list() builds it
    // right away and the worker's copy is dropped.
    // Started once the frame is out (a queued call runs after this paint has been flushed), so
    // that the metadata's 4 MB are not part of the first frame either.
    QMetaObject::invokeMethod(this, &CountryPicker::startLoading, Qt::QueuedConnection);
}

void CountryPicker::startLoading()
{
    if (m_list || m_loader)
        return;
    auto built = std::make_shared<std::optional<CountryList>>();
    const QLocale loc = locale();
    m_loader = QThread::create([built, loc] { built->emplace(loc); });
    connect(m_loader, &QThread::finished, this, [this, built] {
        m_loader->deleteLater();
        m_loader = nullptr;
        if (!m_list && *built)
            m_list = std::move(*built);
        if (list().indexOf(m_region) < 0 && !m_region.isEmpty()) {
            m_region = CountryList::regionForLocale(QLocale::system());
            emit regionChanged(m_region);
        }
        if (!hasFocus() || text() == m_shown)
            revert();
    });
    m_loader->start(QThread::LowPriority);
}

void CountryPicker::updateIcon()
{
    const int side = fontMetrics().height();
    m_showAll->setIcon(GuiStyle::chevronIcon(palette(), side, devicePixelRatioF()));
}

void CountryPicker::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
    if (event->type() == QEvent::LocaleChange && m_list) {
        m_list.reset();
        revert();
    }
}
