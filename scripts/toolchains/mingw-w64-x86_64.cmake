# Cross-builds for 64-bit Windows with Debian's MinGW-w64 (apt-get install
# g++-mingw-w64-x86-64-posix; the POSIX thread model gives std::thread and std::mutex):
#
#   cmake -S . -B build-windows -G Ninja \
#         -DCMAKE_TOOLCHAIN_FILE=scripts/toolchains/mingw-w64-x86_64.cmake \
#         -DHD_WINDOWS_SDKS="/path/to/Qt/6.x/mingw_64;/path/to/openssl-3-mingw64" \
#         -DQT_HOST_PATH=/usr
#
# Qt and OpenSSL built for MinGW are not Debian packages: take Qt's online installer's MinGW
# kit and an OpenSSL 3 MinGW build. QT_HOST_PATH names the Qt whose moc/rcc/lrelease run here.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(HD_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${HD_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${HD_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${HD_MINGW_TRIPLE}-windres)
# Libraries, headers and CMake packages come only from MinGW's tree and the SDKs named.
set(CMAKE_FIND_ROOT_PATH /usr/${HD_MINGW_TRIPLE} ${HD_WINDOWS_SDKS})
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES HD_WINDOWS_SDKS)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
