# Runs examples/embed (embed_example) for a ctest test: cmake -DEXE=... -DCONFIG=FILE
# [-DMISTAKE=mistake.json] -DEXIT=N -DWORK=DIR -P embed_test.cmake
#  - MISTAKE: an example's mistake.json ({"file", "replace", "with"}) applied to CONFIG first, so
#    that a test of the error path needs no broken configuration under examples/ (which
#    `flexc check examples/` would report);
#  - the output is printed for ctest's PASS_REGULAR_EXPRESSION; a wrong exit status, or any
#    pre-shared key of the configuration appearing in the output, prints "embed_test: FAIL".
file(READ "${CONFIG}" text)
if(MISTAKE)
  file(READ "${MISTAKE}" mistake)
  string(JSON replace GET "${mistake}" replace)
  string(JSON with GET "${mistake}" with)
  string(FIND "${text}" "${replace}" at)
  if(at EQUAL -1)
    message("embed_test: FAIL: '${replace}' is not in ${CONFIG}")
    return()
  endif()
  string(REPLACE "${replace}" "${with}" text "${text}")
  get_filename_component(name "${CONFIG}" NAME)
  file(MAKE_DIRECTORY "${WORK}")
  set(CONFIG "${WORK}/${name}")
  file(WRITE "${CONFIG}" "${text}")
endif()

execute_process(COMMAND "${EXE}" "${CONFIG}" RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(NOT status STREQUAL "${EXIT}")
  message("embed_test: FAIL: exit status ${status}, expected ${EXIT}")
endif()

# The keys as IOS writes them: `pre-shared-key [local|remote] [0|6] KEY` (keyring peer) and
# `authentication local|remote pre-share key [0|6] KEY` (IKEv2 profile).
string(REGEX MATCHALL "pre-shared?-key( local| remote)?( [06])? [^ \r\n]+" lines "${text}")
string(REGEX MATCHALL "pre-share key( [06])? [^ \r\n]+" inline "${text}")
foreach(line IN LISTS lines inline)
  string(REGEX REPLACE ".* " "" key "${line}")
  string(FIND "${out}" "${key}" at)
  if(NOT at EQUAL -1)
    message("embed_test: FAIL: a pre-shared key of ${CONFIG} is in the output")
  endif()
endforeach()
