# Desktop integration and the Debian package (cpack -G DEB, through ./dev.sh package).
# Included last from the top-level CMakeLists, after every target exists.

# The desktop id: names the .desktop file, the AppStream component and the icon, and is what
# bridge-desk passes to QGuiApplication::setDesktopFileName().
set(BRIDGE_DESKTOP_ID dev.bridgedesk.BridgeDesk)

include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${BRIDGE_DESKTOP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${BRIDGE_DESKTOP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${BRIDGE_DESKTOP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bridge-desk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Bridge Desk developers")
set(CPACK_PACKAGE_CONTACT "Bridge Desk developers <maintainers@bridgedesk.dev>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for the Bridge conversations API")
set(CPACK_PACKAGE_DESCRIPTION
    "Bridge Desk browses a workspace's conversations (filtered by status, customer or agent, paged
through thousands), creates conversations, ghost conversations above all, and keeps API secrets in
the system keychain. It comes with bridgectl, a command-line client on the same core, and
bridge-sandbox, a local Bridge-compatible server for demos and tests.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # bridge-desk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://bridgedesk.dev/)
# Library dependencies come from dpkg-shlibdeps (Qt 6, QtKeychain, libcrypto, ...). What it cannot
# see: the SVG icon engine plugin, loaded at run time for the window icon, and the SQLite driver
# plugin of Qt SQL, loaded at run time for the local store.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
# QtKeychain stores the secret through the Secret Service: any provider of it will do.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager")

include(CPack)
