// Render.
