#pragma once

#include "credentials.h"

#include <QWidget>

class QComboBox;

namespace bridge {
class ProfileManager;
}

//! The profile switcher of the toolbar: a combo of ProfileManager's profiles, then "New Profile…"
//! (a name, then the settings dialog for its credentials, then a switch to it). Picking a profile
//! asks the manager to switch (which cancels the old profile's calls); whoever applies credentials
//! listens to the manager. Object name of the combo: profileBox.
class ProfileSwitcher : public QWidget {
    Q_OBJECT
public:
    //! manager: not owned, must outlive the switcher.
    explicit ProfileSwitcher(bridge::ProfileManager *manager, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_box; }
    //! Refills the combo from the manager, the current profile selected.
    void reload();
    //! Asks for a new profile's name, then its credentials (non-blocking dialogs).
    void newProfile();

private:
    void askCredentials(const QString &name);

    bridge::ProfileManager *m_manager;
    QComboBox *m_box;
};
