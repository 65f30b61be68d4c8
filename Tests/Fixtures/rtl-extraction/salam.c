/* Draws one Arabic word the way BriefKit's Painter does (pango_cairo_show_layout on a cairo PDF surface). */
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
int main(int argc, char **argv) {
  cairo_surface_t *s = cairo_pdf_surface_create(argv[1], 120, 50);
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, "lam-alef extraction");
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, "2025-10-29T12:00:00Z");
  cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, "2025-10-29T12:00:00Z");
  cairo_t *cr = cairo_create(s);
  PangoLayout *l = pango_cairo_create_layout(cr);
  PangoFontDescription *d = pango_font_description_from_string("DejaVu Sans 24px");
  pango_layout_set_font_description(l, d);
  pango_layout_set_text(l, "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", -1); /* سلام: sin, lam, alef, mim */
  cairo_move_to(cr, 20, 8);
  pango_cairo_show_layout(cr, l);
  pango_font_description_free(d); g_object_unref(l); cairo_destroy(cr);
  cairo_surface_finish(s); cairo_surface_destroy(s);
  return 0;
}
