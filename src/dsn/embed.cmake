# Writes the file IN as a C array named NAME into OUT.
file(READ ${IN} _hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" _bytes "${_bytes}")
get_filename_component(_name ${IN} NAME)
file(WRITE ${OUT} "/* Generated from config/${_name}: do not edit. */\n"
    "extern const char ${NAME}[];\n"
    "const char ${NAME}[] = {\n${_bytes}0x00 };\n")
