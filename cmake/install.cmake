# What `cmake --install` puts where, and the Debian package (CPack).
#
# Paths follow GNUInstallDirs: with the default prefix /usr/local
# everything lands under /usr/local (etc/ included: copy the cron file to
# /etc/cron.d by hand); configured with -DCMAKE_INSTALL_PREFIX=/usr, as the
# package is, the configuration directory is /etc.  The unit and cron
# files name the installed binary: they are copied with its path put in.
include(GNUInstallDirs)

set(BH_UNITDIR "${CMAKE_INSTALL_PREFIX}/lib/systemd/system" CACHE PATH
    "where the systemd units are installed")
set(BH_CRONDIR "${CMAKE_INSTALL_FULL_SYSCONFDIR}/cron.d" CACHE PATH
    "where the cron file is installed")

install(TARGETS bounce-harvester RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/docs/man/bounce-harvester.1
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/docs/man/bounce-harvester.conf.5
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)

# The example configuration (every key, its default) and the built-in
# rules (compiled in; the reference for writing one's own).
file(GLOB _bh_examples ${PROJECT_SOURCE_DIR}/config/*.example)
install(FILES ${_bh_examples} ${PROJECT_SOURCE_DIR}/config/bounce-rules.conf
    DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
file(GLOB _bh_docs ${PROJECT_SOURCE_DIR}/docs/*.md
    ${PROJECT_SOURCE_DIR}/docs/*.png)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/SECURITY.md
    ${_bh_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The nightly job: the source files name /usr/local/bin, the default.
function(bh_install_job src dest name)
	file(READ ${src} _text)
	string(REPLACE "/usr/local/bin/bounce-harvester"
	    "${CMAKE_INSTALL_FULL_BINDIR}/bounce-harvester" _text "${_text}")
	file(WRITE ${CMAKE_BINARY_DIR}/install/${name} "${_text}")
	install(FILES ${CMAKE_BINARY_DIR}/install/${name} DESTINATION ${dest})
endfunction()
bh_install_job(${PROJECT_SOURCE_DIR}/scripts/systemd/bounce-harvester.service
    ${BH_UNITDIR} bounce-harvester.service)
bh_install_job(${PROJECT_SOURCE_DIR}/scripts/systemd/bounce-harvester.timer
    ${BH_UNITDIR} bounce-harvester.timer)
bh_install_job(
    ${PROJECT_SOURCE_DIR}/scripts/systemd/bounce-harvester-doctor.service
    ${BH_UNITDIR} bounce-harvester-doctor.service)
bh_install_job(
    ${PROJECT_SOURCE_DIR}/scripts/systemd/bounce-harvester-doctor.timer
    ${BH_UNITDIR} bounce-harvester-doctor.timer)
bh_install_job(${PROJECT_SOURCE_DIR}/scripts/bounce-harvester.cron
    ${BH_CRONDIR} bounce-harvester)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/scripts/systemd/bounce-harvester.service
    ${PROJECT_SOURCE_DIR}/scripts/systemd/bounce-harvester.timer
    ${PROJECT_SOURCE_DIR}/scripts/systemd/bounce-harvester-doctor.service
    ${PROJECT_SOURCE_DIR}/scripts/systemd/bounce-harvester-doctor.timer
    ${PROJECT_SOURCE_DIR}/scripts/bounce-harvester.cron)

# The Debian package: `cpack -G DEB` in a build configured with
# -DCMAKE_INSTALL_PREFIX=/usr (scripts/package.sh does both).  The library
# dependencies come from dpkg-shlibdeps; the maintainer scripts create the
# service user and its directories.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME bounce-harvester)
set(CPACK_PACKAGE_VENDOR bounce-harvester)
set(CPACK_PACKAGE_CONTACT "bounce-harvester maintainers <root@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "read bounce mails from IMAP and keep a contact list clean")
set(CPACK_PACKAGE_DESCRIPTION "bounce-harvester reads bounce mails (delivery \
status notifications, provider bounces, complaints, auto-replies) from IMAP \
mailboxes or files, classifies each failed recipient and keeps a contact \
database in SQLite up to date. A systemd timer or a cron job runs it every \
night.")
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ca-certificates, man-db")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "systemd | cron")
configure_file(${PROJECT_SOURCE_DIR}/packaging/deb/conffiles.in
    ${CMAKE_BINARY_DIR}/install/deb/conffiles @ONLY)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_BINARY_DIR}/install/deb/conffiles
    ${PROJECT_SOURCE_DIR}/packaging/deb/postinst
    ${PROJECT_SOURCE_DIR}/packaging/deb/prerm
    ${PROJECT_SOURCE_DIR}/packaging/deb/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
