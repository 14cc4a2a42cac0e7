# `cpack -G DEB` in the build folder: a .deb of the install tree (the binary, the man page, the bash, zsh
# and fish completions) under /usr, its Depends worked out from the binary's libraries by dpkg-shlibdeps
# (dpkg-dev), plus libedit2, which the binary loads itself. Nothing here runs during a build.
set(CPACK_PACKAGE_NAME readiness)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "readiness maintainers <readiness@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "how ready an organisation is for social media, and what to do next")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libedit is loaded with dlopen (src/interview/libedit.cpp), so dpkg-shlibdeps cannot see it: named here.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libedit2 (>= 3.1)")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
include(CPack)
