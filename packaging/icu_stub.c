/*
 * An empty ICU data library, put in the Linux bundle in place of Qt's libicudata.so.73 (30 MB).
 *
 * Why: Qt links ICU, but this app uses none of what needs ICU's data (collation, non-UTF text
 * codecs, IDNA host names, ICU time zones): its text, dates and numbers go through Qt's own
 * tables, and the case and character-property data ICU needs for Qt's strings is compiled into
 * libicuuc itself. With this stub, ICU finds no data package and the few calls that would need
 * one fail softly inside Qt (which falls back). It is what ICU's own "stubdata" library is.
 *
 * Built by scripts/build_installer.py with the computer's C compiler:
 *   cc -shared -fPIC -Wl,-soname,libicudata.so.73 -o libicudata.so.73 icu_stub.c -DICU_MAJOR=73
 * The smoke test (scripts/smoke_bundle.py) runs the check and the window on the result.
 */
#include <stdint.h>

#ifndef ICU_MAJOR
#define ICU_MAJOR 73
#endif
#define GLUE2(a, b) a##b
#define GLUE(a, b) GLUE2(a, b)
#define ENTRY_POINT GLUE(GLUE(icudt, ICU_MAJOR), _dat)

typedef struct {
    uint16_t size;
    uint16_t reservedWord;
    uint8_t isBigEndian;
    uint8_t charsetFamily;
    uint8_t sizeofUChar;
    uint8_t reservedByte;
    uint8_t dataFormat[4];
    uint8_t formatVersion[4];
    uint8_t dataVersion[4];
} UDataInfo;

typedef struct {
    uint16_t headerSize;
    uint8_t magic1, magic2;
    UDataInfo info;
    char padding[8];
    uint32_t count, reserved;
    int fakeNameAndData[4];
} ICU_Data_Header;

__attribute__((visibility("default"))) const ICU_Data_Header ENTRY_POINT = {
    32, 0xda, 0x27,
    {sizeof(UDataInfo), 0, 0 /* little-endian */, 0 /* ASCII family */, 2, 0,
     {0x54, 0x6f, 0x43, 0x50} /* "ToCP": a table of contents */, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0, 0, 0, 0, 0, 0, 0, 0},
    0 /* no entries */, 0,
    {0, 0, 0, 0},
};
