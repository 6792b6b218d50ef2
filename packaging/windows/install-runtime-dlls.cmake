# Runs at install time on Windows (packaging/CMakeLists.txt sets DL_EXECUTABLE, DL_DLL_DIRS and
# DL_BINDIR). windeployqt has already copied Qt's own DLLs and plugins; this copies every other DLL
# directus-login.exe needs (QtKeychain, libphonenumber and its protobuf, abseil and ICU) next to it.
# Windows' own DLLs stay out; the C++ runtime comes from InstallRequiredSystemLibraries.
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${DL_EXECUTABLE}"
    RESOLVED_DEPENDENCIES_VAR dl_resolved
    UNRESOLVED_DEPENDENCIES_VAR dl_unresolved
    DIRECTORIES ${DL_DLL_DIRS}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^hvsifiletrust"
    POST_EXCLUDE_REGEXES "[/\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\]" "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
foreach(dll IN LISTS dl_resolved)
    file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/${DL_BINDIR}" TYPE SHARED_LIBRARY
         FOLLOW_SYMLINK_CHAIN FILES "${dll}")
endforeach()
if(dl_unresolved)
    message(FATAL_ERROR "directus-login.exe needs DLLs that were not found in ${DL_DLL_DIRS}: "
                        "${dl_unresolved}")
endif()
