// The test harness for the window: a MainWindow opened on an in-process sandbox, as the window
// tests open it, and waiting for it to settle. Header-only (tests link bridge_ui and bridge_sandbox).
#pragma once

#include "browsingcontroller.h"
#include "mainwindow.h"
#include "sandboxfixture.h"

#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>
#include <memory>

namespace testing {

//! A sandbox, a client for it and the main window on them (sandbox mode, as `bridge-desk --sandbox`
//! shows it), in the sandbox's API generation (start() with SandboxConfig::forApi(Api::Connect):
//! a Connect profile). Each test: start(), open(), then use server, client, window;
//! reset() (or the destructor) takes them down, the window first.
class WindowFixture {
public:
    struct Options {
        QSize size = {1280, 760};
        QByteArray secret = {};       //!< when set, signs with this wrong secret: the first page fails
        int maxRetries = 0;           //!< 0: a 5xx shows at once
        bool activate = true;         //!< waits until the window is active (keyboard tests)
        bool waitForFirstPage = true; //!< see waitForFirstPage(); never with a wrong secret
    };

    ~WindowFixture() { reset(); }

    //! Clears the application's settings, starts a sandbox with config on loopback and a client.
    //! False when the sandbox cannot listen.
    bool start(const bridge::sandbox::SandboxConfig &config = {}) {
        reset();
        QSettings().clear();
        server = std::make_unique<bridge::sandbox::SandboxServer>(config);
        if (server->listenLoopback() == 0)
            return false;
        client = std::make_unique<bridge::BridgeClient>();
        return true;
    }

    //! Signs the client for the sandbox and opens the window on it; false (with a warning) when it
    //! does not show, or does not settle as asked.
    bool open(const Options &options) {
        const bridge::ConnectionSettings settings = sandboxSettings(*server, options.secret);
        bridge::ClientOptions base;
        base.maxRetries = options.maxRetries;
        client->setOptions(settings.toClientOptions(base));
        window = std::make_unique<MainWindow>(client.get(), settings.credentials, true);
        window->resize(options.size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            qWarning("the window was never exposed");
            return false;
        }
        if (options.activate) {
            window->activateWindow();
            if (!QTest::qWaitForWindowActive(window.get())) {
                qWarning("the window never became active");
                return false;
            }
        }
        return !options.waitForFirstPage || !options.secret.isEmpty() || waitForFirstPage();
    }
    bool open() { return open(Options{}); }

    //! Page 1 shown (20 rows), and the prefetch of page 2 received by the sandbox (by its number in
    //! classic, by its cursor in Connect), so that a fault set up next hits the request under test,
    //! not the prefetch.
    bool waitForFirstPage() const {
        if (!QTest::qWaitFor([this] { return rows() == 20; }, 5000)) {
            qWarning("page 1 did not show: %d rows", rows());
            return false;
        }
        const auto prefetched = [this] {
            const auto received = server->receivedRequests();
            return std::any_of(received.cbegin(), received.cend(), [](const auto &r) {
                return r.rawQuery.contains("page=2") || r.rawQuery.contains("cursor=");
            });
        };
        if (!QTest::qWaitFor(prefetched, 5000)) {
            qWarning("the prefetch of page 2 never reached the sandbox");
            return false;
        }
        return true;
    }

    int rows() const { return window ? window->proxyModel()->rowCount() : 0; }
    bool idle() const { return !window->controller()->isLoading(); }

    //! The window's child of type T named name (objectName), or nullptr.
    template <typename T> T *child(const QString &name) const { return window->findChild<T *>(name); }
    template <typename T> T *child(const char *name) const { return child<T>(QString::fromLatin1(name)); }

    void reset() {
        window.reset();
        client.reset();
        server.reset();
    }

    std::unique_ptr<bridge::sandbox::SandboxServer> server;
    std::unique_ptr<bridge::BridgeClient> client;
    std::unique_ptr<MainWindow> window;
};

} // namespace testing
