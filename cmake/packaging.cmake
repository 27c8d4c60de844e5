# `cpack -G DEB` in a build configured with -DCMAKE_INSTALL_PREFIX=/usr
# (docs/install.md, "From the Debian package"; .ci/run builds, checks, installs
# and removes it): one package, kaieco, with the program, its manual page
# and completions, and the library (shared, static, headers, pkg-config
# file, CMake package). Its dependencies are computed by dpkg-shlibdeps.

set(KAIECO_MAINTAINER "kaieco maintainers <maintainers@users.noreply.h-seed-68c15000.example>"
    CACHE STRING "Maintainer of the Debian package: Name <address>")

# A native package's changelog, installed as share/doc/kaieco/changelog.gz:
# its latest entry must be this version.
file(STRINGS packaging/changelog KAIECO_CHANGELOG_TOP LIMIT_COUNT 1)
if(NOT KAIECO_CHANGELOG_TOP MATCHES "^kaieco \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/changelog starts with '${KAIECO_CHANGELOG_TOP}', "
                      "not an entry for ${PROJECT_VERSION}: add one")
endif()
set(KAIECO_CHANGELOG_GZ ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(
  OUTPUT ${KAIECO_CHANGELOG_GZ}
  COMMAND ${CMAKE_COMMAND} -DOUTPUT=${KAIECO_CHANGELOG_GZ} -P ${KAIECO_CAPTURE} --
          ${KAIECO_GZIP} -9 -n -c ${CMAKE_SOURCE_DIR}/packaging/changelog
  DEPENDS ${CMAKE_SOURCE_DIR}/packaging/changelog ${KAIECO_CAPTURE}
  VERBATIM)
add_custom_target(kaieco_changelog ALL DEPENDS ${KAIECO_CHANGELOG_GZ})
set(KAIECO_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/kaieco)
install(FILES packaging/copyright ${KAIECO_CHANGELOG_GZ} DESTINATION ${KAIECO_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kaieco)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${KAIECO_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${KAIECO_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
# the synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the rest
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "kaieco answers questions about AI patents per capita, net AI talent
migration, talent concentration, foundation-model counts, private AI
investment and Korea's sovereign AI foundation-model contest. Every figure
is compiled into the program with its unit, period and source, and prints
as a table, JSON, NDJSON, CSV, TSV or Markdown.
.
The package also holds libkaieco (shared and static, with its headers,
pkg-config file and CMake package), completion for bash, zsh and fish,
and the manual page.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
# The library is in a directory of the dynamic loader: libc's ldconfig
# trigger updates its cache. (CPack also writes a postinst and a postrm that
# call ldconfig, and has no switch to leave them out: docs/install.md lists
# lintian's warning about them.)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_SOURCE_DIR}/packaging/triggers)
set(CPACK_STRIP_FILES ON)
# install with DESTDIR, so that the install-time prefix (kaieco.pc) is /usr
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
