/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-move-how-to"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-move-how-to.h"

/* How a move is done: its pictogram, its numbered steps and its cautions, with the mark of
 * each line hanging to the left of the wrapped text. Shared by the move picker of the fascia
 * editor, the move library and the session player. The pictograms are drawn by
 * build-aux/draw-pictograms.py. */
struct _LimberMoveHowTo
{
  GtkWidget         parent_instance;

  const LimberMove *move;
  gboolean          show_summary;
  gboolean          show_pictogram;
};

G_DEFINE_FINAL_TYPE (LimberMoveHowTo, limber_move_how_to, GTK_TYPE_WIDGET)

static GtkWidget *
new_list_item (const char *mark,
               const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *mark_label = gtk_label_new (mark);
  GtkWidget *text_label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (mark_label), 1);
  gtk_label_set_yalign (GTK_LABEL (mark_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (mark_label), 2);
  gtk_widget_add_css_class (mark_label, "dim-label");
  gtk_widget_set_valign (mark_label, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (mark_label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);

  gtk_label_set_xalign (GTK_LABEL (text_label), 0);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (text_label, TRUE);

  gtk_box_append (GTK_BOX (box), mark_label);
  gtk_box_append (GTK_BOX (box), text_label);

  return box;
}

static GtkWidget *
new_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 3,
                                  -1);

  return label;
}

/* The line drawing of the move, or NULL when it has none. */
static GtkWidget *
new_pictogram (const LimberMove *move)
{
  g_autofree char *icon_name = g_strdup_printf ("limber-move-%s-symbolic", move->id);
  GdkDisplay *display = gdk_display_get_default ();
  GtkWidget *image;

  if (display == NULL ||
      !gtk_icon_theme_has_icon (gtk_icon_theme_get_for_display (display), icon_name))
    return NULL;

  image = gtk_image_new_from_icon_name (icon_name);
  gtk_image_set_pixel_size (GTK_IMAGE (image), 96);
  gtk_widget_set_halign (image, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (image, "dim-label");
  /* The steps say it all in words; the drawing is an aid for the eye. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (image),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);

  return image;
}

static void
clear (LimberMoveHowTo *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

static void
append (LimberMoveHowTo *self,
        GtkWidget       *child)
{
  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

static void
rebuild (LimberMoveHowTo *self)
{
  g_auto(GStrv) steps = NULL;
  g_auto(GStrv) cautions = NULL;

  clear (self);
  if (self->move == NULL)
    return;

  steps = limber_move_dup_steps (self->move);
  cautions = limber_move_dup_cautions (self->move);

  if (self->show_pictogram)
    {
      GtkWidget *pictogram = new_pictogram (self->move);

      if (pictogram != NULL)
        append (self, pictogram);
    }

  if (self->show_summary)
    {
      GtkWidget *summary = gtk_label_new (limber_move_get_summary (self->move));

      gtk_label_set_xalign (GTK_LABEL (summary), 0);
      gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
      gtk_widget_set_margin_bottom (summary, 6);
      append (self, summary);
    }

  append (self, new_heading (_("How to do it")));
  for (guint i = 0; steps[i] != NULL; i++)
    {
      /* Translators: the number of a step of a move, "1." */
      g_autofree char *number = g_strdup_printf (_("%u."), i + 1);

      append (self, new_list_item (number, steps[i]));
    }

  if (cautions[0] != NULL)
    {
      GtkWidget *heading = new_heading (_("Take care"));

      gtk_widget_set_margin_top (heading, 6);
      append (self, heading);
    }
  for (guint i = 0; cautions[i] != NULL; i++)
    append (self, new_list_item ("•", cautions[i]));
}

static void
limber_move_how_to_dispose (GObject *object)
{
  clear (LIMBER_MOVE_HOW_TO (object));

  G_OBJECT_CLASS (limber_move_how_to_parent_class)->dispose (object);
}

static void
limber_move_how_to_class_init (LimberMoveHowToClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_move_how_to_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "limber-move-how-to");
}

static void
limber_move_how_to_init (LimberMoveHowTo *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
}

/**
 * limber_move_how_to_new:
 * @move: (nullable): the move to explain
 *
 * Returns: (transfer floating): the steps and cautions of @move
 */
GtkWidget *
limber_move_how_to_new (const LimberMove *move)
{
  LimberMoveHowTo *self = g_object_new (LIMBER_TYPE_MOVE_HOW_TO, NULL);

  limber_move_how_to_set_move (self, move);

  return GTK_WIDGET (self);
}

const LimberMove *
limber_move_how_to_get_move (LimberMoveHowTo *self)
{
  g_return_val_if_fail (LIMBER_IS_MOVE_HOW_TO (self), NULL);

  return self->move;
}

void
limber_move_how_to_set_move (LimberMoveHowTo  *self,
                             const LimberMove *move)
{
  g_return_if_fail (LIMBER_IS_MOVE_HOW_TO (self));

  if (self->move == move && move != NULL)
    return;

  self->move = move;
  rebuild (self);
}

/* Whether the one-line summary of the move comes first. */
void
limber_move_how_to_set_summary (LimberMoveHowTo *self,
                                gboolean         show_summary)
{
  g_return_if_fail (LIMBER_IS_MOVE_HOW_TO (self));

  show_summary = !!show_summary;
  if (self->show_summary == show_summary)
    return;

  self->show_summary = show_summary;
  rebuild (self);
}

/* Whether the move's line drawing comes first. */
void
limber_move_how_to_set_pictogram (LimberMoveHowTo *self,
                                  gboolean         show_pictogram)
{
  g_return_if_fail (LIMBER_IS_MOVE_HOW_TO (self));

  show_pictogram = !!show_pictogram;
  if (self->show_pictogram == show_pictogram)
    return;

  self->show_pictogram = show_pictogram;
  rebuild (self);
}
