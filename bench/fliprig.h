#pragma once

#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "timedtableview.h"

//! What the window does when the agent presses Next, without the window: a BridgeClient, a
//! BrowsingController and a shown (offscreen) table view over its model.
class FlipRig : public QObject {
    Q_OBJECT
public:
    FlipRig(const bridge::ClientOptions &options, int pageSize);

    //! Shows page 1 from the network with an empty cache, and waits for page 2's prefetch.
    bool restart();
    bool canFlip() const { return m_controller.canGoNext(); }
    //! Next on the prefetched page: milliseconds from next() to the end of the paint of the new
    //! rows, -1 on failure. Then waits (untimed) for the following page's prefetch.
    double flip();
    int page() const { return m_controller.query().page; }

private:
    bool waitForPrefetch();

    bridge::BridgeClient m_client;
    bridge::BrowsingController m_controller;
    TimedTableView m_view;
    QByteArray m_lastAnswered; //!< query of the last attempt that finished
    bool m_shown = false;
};
