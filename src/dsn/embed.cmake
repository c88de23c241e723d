# Writes the file IN as a C array named dsn_builtin_rules into OUT.
file(READ ${IN} _hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" _bytes "${_bytes}")
file(WRITE ${OUT} "/* Generated from config/bounce-rules.conf: do not edit. */\n"
    "extern const char dsn_builtin_rules[];\n"
    "const char dsn_builtin_rules[] = {\n${_bytes}0x00 };\n")
