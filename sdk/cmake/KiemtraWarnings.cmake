# Warnings are errors in our own code.
function(kiemtra_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror -Wno-missing-field-initializers
    # GCC 12 reports false -Wrestrict positives inside std::string concatenation at -O3 (GCC bug 105651).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-error=restrict>)
endfunction()
