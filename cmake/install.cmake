# What `cmake --install` (and so the .deb) puts in place: the program, the
# library (shared, static, headers, pkg-config file, CMake package), the
# manual page and the completion scripts, all as built and tested.

install(TARGETS kaieco RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(TARGETS kaieco_shared kaieco_static EXPORT kaieco-targets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES include/kaieco.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/kaieco DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")

# CMake package: find_package(kaieco) gives kaieco::kaieco and
# kaieco::kaieco_static. Paths in it are relative to where it is installed.
include(CMakePackageConfigHelpers)
set(KAIECO_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/kaieco)
install(EXPORT kaieco-targets NAMESPACE kaieco:: DESTINATION ${KAIECO_CMAKE_DIR})
configure_package_config_file(cmake/kaieco-config.cmake.in ${CMAKE_BINARY_DIR}/kaieco-config.cmake
                              INSTALL_DESTINATION ${KAIECO_CMAKE_DIR} NO_SET_AND_CHECK_MACRO)
# 0.x: a minor version may change the API (as the SONAME says)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/kaieco-config-version.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/kaieco-config.cmake ${CMAKE_BINARY_DIR}/kaieco-config-version.cmake
        DESTINATION ${KAIECO_CMAKE_DIR})

# pkg-config: kaieco.pc names the prefix it is installed under, which is
# known only at install time (`cmake --install build --prefix DIR`, or the
# packaging prefix), so it is written then.
foreach(dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    set(KAIECO_PC_${dir} "${CMAKE_INSTALL_${dir}}")
  else()
    set(KAIECO_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
  endif()
endforeach()
set(KAIECO_PC_PREFIX "@KAIECO_INSTALL_PREFIX@")
configure_file(cmake/kaieco.pc.in ${CMAKE_BINARY_DIR}/kaieco.pc.in @ONLY)
install(CODE "
  set(KAIECO_INSTALL_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  configure_file(\"${CMAKE_BINARY_DIR}/kaieco.pc.in\" \"${CMAKE_BINARY_DIR}/pkgconfig/kaieco.pc\" @ONLY)
  file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig\"
       TYPE FILE FILES \"${CMAKE_BINARY_DIR}/pkgconfig/kaieco.pc\")
")

install(FILES ${KAIECO_MAN}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/completions/kaieco.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME kaieco)
install(FILES ${CMAKE_BINARY_DIR}/completions/kaieco.zsh
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions RENAME _kaieco)
install(FILES ${CMAKE_BINARY_DIR}/completions/kaieco.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d RENAME kaieco.fish)
