// libhyphen (Hunspell's hyphenation library, Debian: libhyphen-dev): TeX patterns in OpenOffice .dic files.
#include <hyphen.h>
