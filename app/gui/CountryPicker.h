#pragma once

#include "CountryList.h"

#include <QLineEdit>
#include <optional>

class QAction;
class QCompleter;
class QStandardItemModel;
class QThread;

// A searchable country field. It shows the chosen country ("United Kingdom (+44)"); typing a name
// ("united", "king"), an ISO code ("gb") or a calling code ("+44", "44") lists the matches below it
// (CountryList::search order, the best one highlighted): Up/Down move, Enter or a click chooses,
// Escape or leaving the field puts the chosen country back.
//
// The country list (libphonenumber's metadata, ~7 ms) is loaded after the first paint or when it is
// first needed, so that it never delays the first window.
class CountryPicker : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY regionChanged USER true)
public:
    explicit CountryPicker(QWidget *parent = nullptr);
    ~CountryPicker() override;

    QString region() const { return m_region; }
    // Selects the region (ISO 3166 alpha-2); ignored when unknown. Emits regionChanged() when it
    // changes.
    void setRegion(const QString &region);
    Country country() const;

    // The countries the current search lists (empty when the list is closed).
    QList<Country> matches() const;
    bool isListVisible() const;
    // Opens the list with every country (the arrow at the end of the field, or Alt+Down).
    void showAll();

signals:
    void regionChanged(const QString &region);
    // The person chose a country (Enter or a click), as opposed to a programmatic change.
    void regionChosen(const QString &region);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const CountryList &list() const;
    void startLoading();
    QString label(const Country &country) const;
    void search(const QString &text);
    void chooseRow(int row);
    void revert();
    void hideList();
    int currentRow() const;
    void updateIcon();
    void setCurrentRow(int row);

    mutable std::optional<CountryList> m_list;
    bool m_loadScheduled = false;
    QThread *m_loader = nullptr; // builds the list off the GUI thread after the first paint
    QString m_region;
    QString m_shown; // the text that shows m_region
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QAction *m_showAll;
};
