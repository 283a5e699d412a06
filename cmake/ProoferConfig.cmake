# SPDX-License-Identifier: GPL-3.0-or-later
# proofer_config: the one INTERFACE target every Proofer target links.
add_library(proofer_config INTERFACE)
target_compile_features(proofer_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

target_compile_options(proofer_config INTERFACE -Wall -Wextra -Wpedantic)
if(PROOFER_WERROR)
    target_compile_options(proofer_config INTERFACE -Werror)
endif()

target_compile_definitions(proofer_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED)

if(PROOFER_HARDENING)
    target_compile_options(proofer_config INTERFACE -fstack-protector-strong)
    if(NOT PROOFER_SANITIZE)
        # FORTIFY_SOURCE needs optimisation and trips over ASan's interceptors.
        target_compile_definitions(proofer_config INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
    target_link_options(proofer_config INTERFACE -Wl,-z,relro -Wl,-z,now)
    include(CheckPIESupported)
    check_pie_supported()
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
endif()

if(PROOFER_SANITIZE)
    target_compile_options(proofer_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(proofer_config INTERFACE -fsanitize=address,undefined)
endif()
