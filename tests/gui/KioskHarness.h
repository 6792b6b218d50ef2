#pragma once

// The kiosk window, driven as a person at the kiosk would (tests/gui/tst_kioskwindow.cpp, the
// soak run tests/soak): the real wizard inside the kiosk window against the harness's in-process
// demo server, its manual clock and in-memory token store.

#include "DigitKeypad.h"
#include "KioskSession.h"
#include "KioskWindow.h"
#include "NetworkLog.h"
#include "SignInWizard.h"
#include "TestFiles.h"
#include "WizardHarness.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <memory>

// The kiosk window around the harness's session, with system and user files of the test's own.
struct Kiosk
{
    explicit Kiosk(const QByteArray &systemFile = {}, const QByteArray &userFile = {},
        const QVariantHash &extra = {}, WizardHarness::Setup setup = WizardHarness::Setup::Complete,
        bool demo = false)
        : h(setup)
    {
        const Config::Paths paths { h.dir.filePath(QStringLiteral("system.conf")),
            h.dir.filePath(QStringLiteral("user.conf")) };
        if (!systemFile.isEmpty())
            writeFile(paths.systemFile, systemFile);
        // The last sign-in's country, as a kiosk's account would have it (GB for the test numbers).
        writeFile(paths.userFile,
            userFile.isEmpty() ? QByteArray("[General]\nLastRegion=GB\n") : userFile);
        QVariantHash commandLine = extra;
        commandLine.insert(QStringLiteral("Kiosk"), true);
        h.config = TestValues::demoConfig(
            setup == WizardHarness::Setup::Complete ? h.demo.url() : QUrl(), h.dir, QString(),
            commandLine);
        h.client->setNetworkLog(&log);
        if (h.config->isComplete())
            h.session->applyConfig(*h.config);
        kiosk = std::make_unique<KioskSession>(
            *h.session, *h.client, *h.store, *h.config, h.clock, &log);
        window = std::make_unique<KioskWindow>(
            KioskContext { *h.session, *h.client, *h.config, h.clock, *kiosk }, [this, demo] {
                return std::make_unique<SignInWizard>(WizardContext {
                    *h.session, *h.client, *h.config, h.clock, demo ? &h.demo : nullptr });
            });
    }

    ~Kiosk()
    {
        window.reset();
        h.session->reset();
    }

    bool show()
    {
        window->showKiosk();
        return QTest::qWaitForWindowExposed(window.get());
    }

    template <typename T = QWidget> T *find(const QString &name) const
    {
        if (SignInWizard *wizard = window->wizard()) {
            if (QWidget *page = wizard->currentPage()) {
                if (T *w = page->findChild<T *>(name))
                    return w;
            }
        }
        return window->findChild<T *>(name);
    }

    QPushButton *key(const QString &name) const { return window->keypad()->key(name); }

    void tap(QWidget *widget) const
    {
        QVERIFY2(widget, "no such widget");
        QTest::mouseClick(widget, Qt::LeftButton);
    }

    void tapDigits(const QString &digits) const
    {
        for (const QChar ch : digits) {
            if (ch.isDigit())
                tap(key(QStringLiteral("keypadDigit") + ch));
        }
    }

    int page() const { return window->wizard() ? window->wizard()->currentId() : -1; }
    QString phoneText() const { return find<QLineEdit>(QStringLiteral("phoneEdit"))->text(); }

    // Advances the manual clock and lets the window do what is due.
    void advance(qint64 ms)
    {
        h.clock.advance(ms);
        window->checkTimers();
    }

    WizardHarness h;
    NetworkLog log;
    std::unique_ptr<KioskSession> kiosk;
    std::unique_ptr<KioskWindow> window;
};
