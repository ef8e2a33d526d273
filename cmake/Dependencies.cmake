# Third-party code is never committed: scripts/install-deps.sh installs Debian's packages and
# scripts/fetch-sources.sh unpacks the pinned sources of Dear ImGui and the QR Code generator into
# build/deps/.

set(IMGUI_DIR "${FIELDBOOK_DEPS_DIR}/imgui")
if(NOT EXISTS "${IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui is missing at ${IMGUI_DIR}. Run scripts/install-deps.sh (it fetches the pinned Debian source).")
endif()

# cereal + RapidJSON are header-only (libcereal-dev, rapidjson-dev). The Emscripten build must not
# see /usr/include (glibc headers), so both are exposed through a folder holding only them.
set(FIELDBOOK_JSON_INCLUDE "${CMAKE_BINARY_DIR}/json-include")
foreach(lib cereal rapidjson)
  if(NOT EXISTS "/usr/include/${lib}")
    message(FATAL_ERROR "/usr/include/${lib} is missing: run scripts/install-deps.sh (Debian packages libcereal-dev and rapidjson-dev).")
  endif()
  if(NOT EXISTS "${FIELDBOOK_JSON_INCLUDE}/${lib}")
    file(MAKE_DIRECTORY "${FIELDBOOK_JSON_INCLUDE}")
    file(CREATE_LINK "/usr/include/${lib}" "${FIELDBOOK_JSON_INCLUDE}/${lib}" SYMBOLIC)
  endif()
endforeach()
add_library(fieldbook_json INTERFACE)
target_include_directories(fieldbook_json SYSTEM INTERFACE "${FIELDBOOK_JSON_INCLUDE}")
# Iterative parsing: a file nested 100,000 deep must not overflow the stack.
target_compile_definitions(fieldbook_json INTERFACE
  "RAPIDJSON_PARSE_DEFAULT_FLAGS=kParseIterativeFlag|kParseNumbersAsStringsFlag"
  RAPIDJSON_HAS_STDSTRING=1)

add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp"
  "${IMGUI_DIR}/imgui_draw.cpp"
  "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp"
  "${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/misc/cpp")
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DEFINE_MATH_OPERATORS)
if(EMSCRIPTEN)
  target_sources(imgui PRIVATE "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}/backends")
  target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
endif()

# The QR Code generator (nayuki, MIT): its C++ source from Debian's source package, fetched by
# scripts/fetch-sources.sh like ImGui, so the same code builds natively and in wasm. It reports
# text too long for any QR code by throwing, hence -fexceptions in the web build.
set(QRCODEGEN_DIR "${FIELDBOOK_DEPS_DIR}/qrcodegen/cpp")
if(NOT EXISTS "${QRCODEGEN_DIR}/qrcodegen.cpp")
  message(FATAL_ERROR "The QR Code generator is missing at ${QRCODEGEN_DIR}. Run scripts/install-deps.sh (it fetches the pinned Debian source).")
endif()
add_library(qrcodegen STATIC "${QRCODEGEN_DIR}/qrcodegen.cpp")
target_include_directories(qrcodegen SYSTEM PUBLIC "${QRCODEGEN_DIR}")
if(EMSCRIPTEN)
  target_compile_options(qrcodegen PUBLIC -fexceptions)
endif()
