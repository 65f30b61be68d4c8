/* PNG writer benchmark: BriefKit's encoder (Sources/CBriefPNG) against cairo_surface_write_to_png.
 *
 * usage: png-bench IMAGE.png [...]   (see png-bench.sh, which builds it and makes timeline images)
 * Each image is loaded into a Cairo ARGB32 surface and encoded to memory; the best of 30 runs is shown,
 * with the output size, and every output is decoded again and compared pixel for pixel.
 */
#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>
#include "bk_png.h"

#define RUNS 30

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

typedef struct { unsigned char *data; size_t length, capacity, offset; } memory;

static cairo_status_t write_memory(void *closure, const unsigned char *data, unsigned int length) {
    memory *m = closure;
    if (m->length + length > m->capacity) {
        m->capacity = (m->length + length) * 2;
        m->data = realloc(m->data, m->capacity);
    }
    memcpy(m->data + m->length, data, length);
    m->length += length;
    return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t read_memory(void *closure, unsigned char *data, unsigned int length) {
    memory *m = closure;
    if (m->offset + length > m->length) return CAIRO_STATUS_READ_ERROR;
    memcpy(data, m->data + m->offset, length);
    m->offset += length;
    return CAIRO_STATUS_SUCCESS;
}

/* 1 when the PNG decodes to the same pixels as the opaque surface. */
static int same_pixels(cairo_surface_t *s, const unsigned char *png, size_t length) {
    memory m = {(unsigned char *)png, length, length, 0};
    cairo_surface_t *d = cairo_image_surface_create_from_png_stream(read_memory, &m);
    int ok = cairo_surface_status(d) == CAIRO_STATUS_SUCCESS;
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    for (int y = 0; ok && y < h; y++) {
        const uint32_t *a = (const uint32_t *)(cairo_image_surface_get_data(s) + y * cairo_image_surface_get_stride(s));
        const uint32_t *b = (const uint32_t *)(cairo_image_surface_get_data(d) + y * cairo_image_surface_get_stride(d));
        for (int x = 0; x < w; x++) if ((a[x] | 0xff000000u) != b[x]) { ok = 0; break; }
    }
    cairo_surface_destroy(d);
    return ok;
}

int main(int argc, char **argv) {
    static const struct { const char *name; bk_png_options options; } variants[] = {
        {"BriefKit default (none, L1)", {1, Z_DEFAULT_STRATEGY, BK_PNG_FILTER_NONE}},
        {"none, L3", {3, Z_DEFAULT_STRATEGY, BK_PNG_FILTER_NONE}},
        {"none, L6", {6, Z_DEFAULT_STRATEGY, BK_PNG_FILTER_NONE}},
        {"none, Z_RLE", {1, Z_RLE, BK_PNG_FILTER_NONE}},
        {"up, L1", {1, Z_DEFAULT_STRATEGY, BK_PNG_FILTER_UP}},
        {"up, Z_RLE", {1, Z_RLE, BK_PNG_FILTER_UP}},
        {"sub, L1", {1, Z_DEFAULT_STRATEGY, BK_PNG_FILTER_SUB}},
        {"paeth, L1", {1, Z_DEFAULT_STRATEGY, BK_PNG_FILTER_PAETH}},
        {"adaptive, L1", {1, Z_DEFAULT_STRATEGY, BK_PNG_FILTER_ADAPTIVE}},
    };
    for (int i = 1; i < argc; i++) {
        cairo_surface_t *s = cairo_image_surface_create_from_png(argv[i]);
        if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) { fprintf(stderr, "cannot read %s\n", argv[i]); return 1; }
        int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
        printf("%s (%dx%d)\n", argv[i], w, h);
        memory m = {0};
        double best = 1e9;
        for (int r = 0; r < RUNS; r++) {
            m.length = 0;
            double t = now();
            cairo_surface_write_to_png_stream(s, write_memory, &m);
            t = now() - t;
            if (t < best) best = t;
        }
        printf("  %-30s %7.2f ms %8zu bytes\n", "cairo_surface_write_to_png", best * 1e3, m.length);
        free(m.data);
        for (size_t v = 0; v < sizeof variants / sizeof variants[0]; v++) {
            bk_png_result out = {0};
            best = 1e9;
            for (int r = 0; r < RUNS; r++) {
                bk_png_free(&out);
                double t = now();
                out = bk_png_encode_argb32(cairo_image_surface_get_data(s), w, h, cairo_image_surface_get_stride(s), 0,
                                           2835, variants[v].options);
                t = now() - t;
                if (t < best) best = t;
            }
            printf("  %-30s %7.2f ms %8zu bytes %s\n", variants[v].name, best * 1e3, out.length,
                   out.status == 0 && same_pixels(s, out.bytes, out.length) ? "" : "  DECODES WRONG");
            bk_png_free(&out);
        }
        cairo_surface_destroy(s);
    }
    return 0;
}
