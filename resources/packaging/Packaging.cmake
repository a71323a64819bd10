# Packages with CPack, one generator per platform (README.md, "Packages"):
#   Linux    cpack -G DEB        handshake-doctor_<version>_<arch>.deb
#   Windows  cpack -G NSIS       (or -G WIX) an installer, Qt and OpenSSL beside the programs
#   macOS    cpack -G DragNDrop  a DMG holding Handshake Doctor.app, the CLI inside it
# Only the Debian package is built and tested here (scripts/test.sh); the others configure
# everywhere and need their own machine to run.

set(CPACK_PACKAGE_NAME handshake-doctor)
set(CPACK_PACKAGE_VENDOR "The Handshake Doctor developers")
set(CPACK_PACKAGE_CONTACT "${HD_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION [[
Handshake Doctor connects to a web address the way a browser does and
explains, in plain English or Simplified Chinese, why the secure (TLS)
connection fails and who can fix it: the user, the site's administrator
or the network in between. It comes as a desktop program
(handshake-doctor) and a command-line program with text or JSON output
(handshake-doctor-cli).]])
set(CPACK_PACKAGE_HOMEPAGE_URL "${HD_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Handshake Doctor")
set(CPACK_PACKAGE_EXECUTABLES handshake-doctor "Handshake Doctor")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

# Debian: shared libraries found by dpkg-shlibdeps, plus what is loaded at run time: Qt's
# platform plugins (the window), Qt's SVG icon engine plugin (every icon is SVG; the linker
# drops libQt6Svg itself, nothing calls it directly), and a CJK font so Chinese PDF reports
# have their glyphs.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ca-certificates, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SECTION net)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "Handshake Doctor")
    set(CPACK_NSIS_PACKAGE_NAME "Handshake Doctor")
    set(CPACK_NSIS_URL_INFO_ABOUT "${HD_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\handshake-doctor.exe")
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put handshake-doctor-cli on PATH
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # The handshake-doctor: link scheme, as the Linux desktop file registers it.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr HKCR "handshake-doctor" "" "URL:Handshake Doctor"
  WriteRegStr HKCR "handshake-doctor" "URL Protocol" ""
  WriteRegStr HKCR "handshake-doctor\shell\open\command" "" '"$INSTDIR\bin\handshake-doctor.exe" "%1"'
]])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey HKCR "handshake-doctor"
]])
    # WiX, for organisations that deploy MSI files: one upgrade code for every version.
    set(CPACK_WIX_UPGRADE_GUID "DADF5015-1413-40C2-A02B-CF23798D1BDB")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Handshake Doctor")

    # Qt's libraries and plugins beside the programs (windeployqt), and OpenSSL's DLLs.
    find_program(HD_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    if(NOT HD_WINDEPLOYQT)
        message(WARNING "windeployqt not found (HD_WINDEPLOYQT): installing will fail")
    endif()
    install(CODE "
        execute_process(COMMAND \"${HD_WINDEPLOYQT}\" --no-quick-import
                                \"\${CMAKE_INSTALL_PREFIX}/bin/handshake-doctor.exe\"
                                \"\${CMAKE_INSTALL_PREFIX}/bin/handshake-doctor-cli.exe\"
                        COMMAND_ERROR_IS_FATAL ANY)")
    get_filename_component(HD_OPENSSL_BIN "${OPENSSL_INCLUDE_DIR}/../bin" ABSOLUTE)
    file(GLOB HD_OPENSSL_DLLS "${HD_OPENSSL_BIN}/libcrypto-3*.dll" "${HD_OPENSSL_BIN}/libssl-3*.dll")
    install(FILES ${HD_OPENSSL_DLLS} DESTINATION bin)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin) # MSVC's runtime DLLs, where used
    include(InstallRequiredSystemLibraries)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "Handshake Doctor")
    # Qt's frameworks and plugins into the bundle (macdeployqt), for the CLI inside it too.
    find_program(HD_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    if(NOT HD_MACDEPLOYQT)
        message(WARNING "macdeployqt not found (HD_MACDEPLOYQT): installing will fail")
    endif()
    install(CODE "
        set(bundle \"\${CMAKE_INSTALL_PREFIX}/handshake-doctor.app\")
        execute_process(COMMAND \"${HD_MACDEPLOYQT}\" \"\${bundle}\"
                                \"-executable=\${bundle}/Contents/MacOS/handshake-doctor-cli\"
                        COMMAND_ERROR_IS_FATAL ANY)")
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
