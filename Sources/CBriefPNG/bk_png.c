// A small, fast PNG encoder for Cairo ARGB32 image data: un-premultiply, filter and deflate in one pass.
#include "bk_png.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

bk_png_options bk_png_default_options(void) {
    bk_png_options o = {1, Z_DEFAULT_STRATEGY, BK_PNG_FILTER_NONE};
    return o;
}

typedef struct {
    uint8_t *data;
    size_t length, capacity;
    int failed;
} buffer;

static int reserve(buffer *b, size_t extra) {
    if (b->failed) return 0;
    if (b->length + extra <= b->capacity) return 1;
    size_t cap = b->capacity ? b->capacity : 4096;
    while (cap < b->length + extra) cap *= 2;
    uint8_t *p = realloc(b->data, cap);
    if (!p) { b->failed = 1; return 0; }
    b->data = p;
    b->capacity = cap;
    return 1;
}

static void put32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
}

/* Appends a whole chunk (length, type, data, CRC). */
static void chunk(buffer *b, const char *type, const uint8_t *data, uint32_t length) {
    if (!reserve(b, (size_t)length + 12)) return;
    uint8_t *p = b->data + b->length;
    put32(p, length);
    memcpy(p + 4, type, 4);
    if (length) memcpy(p + 8, data, length);
    put32(p + 8 + length, (uint32_t)crc32(0, p + 4, length + 4));
    b->length += (size_t)length + 12;
}

/* One row of Cairo pixels to straight (un-premultiplied) RGB or RGBA bytes. */
static void convert_row(const uint32_t *src, uint8_t *dst, int width, int with_alpha) {
    if (with_alpha) {
        for (int x = 0; x < width; x++) {
            uint32_t px = src[x];
            uint32_t a = px >> 24;
            uint32_t r = (px >> 16) & 255, g = (px >> 8) & 255, bl = px & 255;
            if (a == 255) {
                dst[0] = (uint8_t)r; dst[1] = (uint8_t)g; dst[2] = (uint8_t)bl; dst[3] = 255;
            } else if (a == 0) {
                dst[0] = dst[1] = dst[2] = dst[3] = 0;
            } else {
                dst[0] = (uint8_t)((r * 255 + a / 2) / a);
                dst[1] = (uint8_t)((g * 255 + a / 2) / a);
                dst[2] = (uint8_t)((bl * 255 + a / 2) / a);
                dst[3] = (uint8_t)a;
            }
            dst += 4;
        }
    } else {
        for (int x = 0; x < width; x++) {
            uint32_t px = src[x];
            dst[0] = (uint8_t)(px >> 16); dst[1] = (uint8_t)(px >> 8); dst[2] = (uint8_t)px;
            dst += 3;
        }
    }
}

static uint8_t paeth(int a, int b, int c) {
    int p = a + b - c;
    int pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    if (pa <= pb && pa <= pc) return (uint8_t)a;
    return (uint8_t)(pb <= pc ? b : c);
}

/* Writes filter byte + filtered row into out (n + 1 bytes). prev is the previous raw row (zeros for the first). */
static void filter_row(int type, const uint8_t *cur, const uint8_t *prev, uint8_t *out, size_t n, int bpp) {
    out[0] = (uint8_t)type;
    uint8_t *o = out + 1;
    size_t i;
    switch (type) {
    case BK_PNG_FILTER_NONE:
        memcpy(o, cur, n);
        break;
    case BK_PNG_FILTER_SUB:
        for (i = 0; i < (size_t)bpp; i++) o[i] = cur[i];
        for (; i < n; i++) o[i] = (uint8_t)(cur[i] - cur[i - bpp]);
        break;
    case BK_PNG_FILTER_UP:
        for (i = 0; i < n; i++) o[i] = (uint8_t)(cur[i] - prev[i]);
        break;
    case BK_PNG_FILTER_AVERAGE:
        for (i = 0; i < (size_t)bpp; i++) o[i] = (uint8_t)(cur[i] - (prev[i] >> 1));
        for (; i < n; i++) o[i] = (uint8_t)(cur[i] - ((cur[i - bpp] + prev[i]) >> 1));
        break;
    default:
        for (i = 0; i < (size_t)bpp; i++) o[i] = (uint8_t)(cur[i] - prev[i]);
        for (; i < n; i++) o[i] = (uint8_t)(cur[i] - paeth(cur[i - bpp], prev[i], prev[i - bpp]));
        break;
    }
}

static uint64_t cost(const uint8_t *row, size_t n) {
    uint64_t s = 0;
    for (size_t i = 0; i < n; i++) s += row[i] < 128 ? row[i] : 256 - row[i];
    return s;
}

bk_png_result bk_png_encode_argb32(const uint8_t *pixels, int width, int height, int stride, int with_alpha,
                                   uint32_t pixels_per_metre, bk_png_options options) {
    bk_png_result result = {NULL, 0, 0};
    if (width <= 0 || height <= 0 || !pixels) { result.status = Z_STREAM_ERROR; return result; }
    const int bpp = with_alpha ? 4 : 3;
    const size_t n = (size_t)width * (size_t)bpp;

    buffer out = {NULL, 0, 0, 0};
    reserve(&out, 8 + 25 + 21 + 12 + n * (size_t)height / 8 + 1024);
    static const uint8_t signature[8] = {137, 80, 78, 71, 13, 10, 26, 10};
    if (!out.failed) { memcpy(out.data, signature, 8); out.length = 8; }

    uint8_t ihdr[13];
    put32(ihdr, (uint32_t)width);
    put32(ihdr + 4, (uint32_t)height);
    ihdr[8] = 8;                      /* bit depth */
    ihdr[9] = with_alpha ? 6 : 2;     /* colour type: RGBA or RGB */
    ihdr[10] = ihdr[11] = ihdr[12] = 0;
    chunk(&out, "IHDR", ihdr, 13);
    if (pixels_per_metre > 0) {
        uint8_t phys[9];
        put32(phys, pixels_per_metre);
        put32(phys + 4, pixels_per_metre);
        phys[8] = 1; /* unit: metre */
        chunk(&out, "pHYs", phys, 9);
    }

    /* Raw rows (current, previous), one filtered row per candidate filter, and the deflate input block. */
    uint8_t *rows = calloc(2 * n + 6 * (n + 1), 1);
    if (!rows || out.failed) { free(rows); free(out.data); result.status = Z_MEM_ERROR; return result; }
    uint8_t *cur = rows, *prev = rows + n, *filtered = rows + 2 * n;

    z_stream z;
    memset(&z, 0, sizeof z);
    int zs = deflateInit2(&z, options.level, Z_DEFLATED, 15, 9, options.strategy);
    if (zs != Z_OK) { free(rows); free(out.data); result.status = zs; return result; }

    /* The IDAT chunk is written in place: length and type now, length patched at the end. */
    size_t idat_start = out.length;
    reserve(&out, 8);
    out.length += 8;

    for (int y = 0; y < height && zs == Z_OK && !out.failed; y++) {
        convert_row((const uint32_t *)(const void *)(pixels + (size_t)y * (size_t)stride), cur, width, with_alpha);
        uint8_t *row = filtered;
        if (options.filter == BK_PNG_FILTER_ADAPTIVE) {
            uint64_t best = UINT64_MAX;
            for (int t = 0; t < 5; t++) {
                uint8_t *candidate = filtered + (size_t)(t + 1) * (n + 1);
                filter_row(t, cur, prev, candidate, n, bpp);
                uint64_t c = cost(candidate + 1, n);
                if (c < best) { best = c; row = candidate; }
            }
        } else {
            filter_row(options.filter, cur, prev, filtered, n, bpp);
        }
        z.next_in = row;
        z.avail_in = (uInt)(n + 1);
        int flush = y == height - 1 ? Z_FINISH : Z_NO_FLUSH;
        for (;;) {
            if (!reserve(&out, n + 4096)) break;
            z.next_out = out.data + out.length;
            z.avail_out = (uInt)(out.capacity - out.length);
            zs = deflate(&z, flush);
            out.length = out.capacity - z.avail_out;
            if (zs == Z_STREAM_ERROR) break;
            if (flush == Z_FINISH) {
                if (zs == Z_STREAM_END) break;
            } else if (z.avail_out != 0) {
                zs = Z_OK; /* all input consumed */
                break;
            }
        }
        uint8_t *swap = cur; cur = prev; prev = swap;
    }
    deflateEnd(&z);
    free(rows);
    if (zs != Z_STREAM_END || out.failed) {
        free(out.data);
        result.status = out.failed ? Z_MEM_ERROR : (zs < 0 ? zs : Z_DATA_ERROR);
        return result;
    }
    size_t idat_length = out.length - idat_start - 8;
    put32(out.data + idat_start, (uint32_t)idat_length);
    memcpy(out.data + idat_start + 4, "IDAT", 4);
    uint32_t crc = (uint32_t)crc32(0, out.data + idat_start + 4, (uInt)(idat_length + 4));
    if (reserve(&out, 4)) { put32(out.data + out.length, crc); out.length += 4; }
    chunk(&out, "IEND", NULL, 0);
    if (out.failed) { free(out.data); result.status = Z_MEM_ERROR; return result; }
    result.bytes = out.data;
    result.length = out.length;
    return result;
}

void bk_png_free(bk_png_result *result) {
    if (!result) return;
    free(result->bytes);
    result->bytes = NULL;
    result->length = 0;
}
