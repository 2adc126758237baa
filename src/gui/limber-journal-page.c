/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "limber-journal-page"

#include "config.h"

#include <glib/gi18n.h>

#include "limber-journal-page.h"
#include "limber-journal-row.h"
#include "limber-settings.h"

/* Every entry, newest first and grouped by week, in a GtkListView over a LimberEntryList:
 * only the rows on screen exist, and only their pages of entries are read. */
struct _LimberJournalPage
{
  AdwBin             parent_instance;

  LimberJournal     *journal;
  LimberEntryList   *list;         /* made after the window's first frame, or when needed */
  GtkSliceListModel *shown;        /* the list, or its first rows until the first frame */
  guint              list_idle_id;
  GSettings         *settings;
  LimberUnits        units;

  GtkSearchBar      *search_bar;
  GtkSearchEntry    *search_entry;
  GtkToggleButton   *search_button;
  GtkToggleButton   *run_toggle;
  GtkToggleButton   *soreness_toggle;
  GtkToggleButton   *water_toggle;
  GtkToggleButton   *fascia_toggle;
  GtkLabel          *count_label;
  GtkMenuButton     *date_button;
  GtkCalendar       *calendar;
  GtkStack          *content_stack;
  GtkListView       *list_view;
};

G_DEFINE_FINAL_TYPE (LimberJournalPage, limber_journal_page, ADW_TYPE_BIN)

/* Rows made for the first frame: more than a tall window shows. */
#define FIRST_ROWS 48

enum {
  PROP_0,
  PROP_JOURNAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static LimberEntryKinds
get_filter_kinds (LimberJournalPage *self)
{
  LimberEntryKinds kinds = 0;

  if (gtk_toggle_button_get_active (self->run_toggle))
    kinds |= LIMBER_ENTRY_KINDS_RUN;
  if (gtk_toggle_button_get_active (self->soreness_toggle))
    kinds |= LIMBER_ENTRY_KINDS_SORENESS;
  if (gtk_toggle_button_get_active (self->water_toggle))
    kinds |= LIMBER_ENTRY_KINDS_HYDRATION;
  if (gtk_toggle_button_get_active (self->fascia_toggle))
    kinds |= LIMBER_ENTRY_KINDS_FASCIA;

  return kinds;
}

static void
update_state (LimberJournalPage *self)
{
  guint n = limber_entry_list_get_n_entries (self->list);
  gboolean filtered = get_filter_kinds (self) != LIMBER_ENTRY_KINDS_ALL ||
                      limber_entry_list_get_search (self->list) != NULL;
  g_autofree char *count = NULL;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (filtered && limber_journal_count (self->journal, LIMBER_ENTRY_KINDS_ALL) > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);
  gtk_label_set_text (self->count_label, n > 0 ? count : "");
}

static void
on_list_items_changed_cb (LimberJournalPage *self)
{
  update_state (self);
}

/* Reading the order of every entry takes 35 ms at ten years of daily entries and 80 at twenty
 * (bench/README.md), which the window's first frame should not wait for: the list is made in an
 * idle after it, or before when something needs it. */
static void
ensure_list (LimberJournalPage *self)
{
  if (self->list != NULL)
    return;

  g_clear_handle_id (&self->list_idle_id, g_source_remove);
  self->list = limber_entry_list_new (self->journal);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_state (self);
}

static gboolean
make_list_cb (gpointer data)
{
  LimberJournalPage *self = data;

  self->list_idle_id = 0;
  ensure_list (self);

  return G_SOURCE_REMOVE;
}

static void
on_root_painted_cb (GdkFrameClock     *clock,
                    LimberJournalPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_root_painted_cb, self);

  if (self->list == NULL && self->list_idle_id == 0)
    self->list_idle_id = g_idle_add (make_list_cb, self);
}

static void
on_root_realize_cb (LimberJournalPage *self,
                    GtkWidget         *root)
{
  g_signal_handlers_disconnect_by_func (root, on_root_realize_cb, self);
  g_signal_connect_object (gtk_widget_get_frame_clock (root), "after-paint",
                           G_CALLBACK (on_root_painted_cb), self, 0);
}

/* Gives the list view the first @n_items of the list (G_MAXUINT: all of them). */
static void
set_model (LimberJournalPage *self,
           guint              n_items)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  ensure_list (self);

  /* A new model rebinds every row, with the current units. */
  g_clear_object (&self->shown);
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->list)), 0, n_items);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

static void
show_all_rows (LimberJournalPage *self)
{
  if (self->shown == NULL)
    set_model (self, G_MAXUINT);
  else
    gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
}

static void
on_first_paint_cb (GdkFrameClock     *clock,
                   LimberJournalPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);
  show_all_rows (self);
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             LimberJournalPage        *self)
{
  gtk_list_item_set_child (item, limber_journal_row_new ());
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            LimberJournalPage        *self)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  gboolean is_entry = LIMBER_IS_ENTRY (object);

  limber_journal_row_set_item (LIMBER_JOURNAL_ROW (row), object, self->units,
                               limber_journal_get_today (self->journal));

  /* Week headers are not rows one can open. */
  gtk_list_item_set_activatable (item, is_entry);
  gtk_list_item_set_selectable (item, FALSE);
  if (is_entry)
    gtk_widget_remove_css_class (gtk_widget_get_parent (row), "limber-week-header");
  else
    gtk_widget_add_css_class (gtk_widget_get_parent (row), "limber-week-header");
}

static void
on_unbind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LimberJournalPage        *self)
{
  limber_journal_row_set_item (LIMBER_JOURNAL_ROW (gtk_list_item_get_child (item)), NULL,
                               self->units, LIMBER_DAY_INVALID);
}

static void
on_list_activate_cb (LimberJournalPage *self,
                     guint              position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (LIMBER_IS_ENTRY (item))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-entry", "s",
                                limber_entry_get_uuid (LIMBER_ENTRY (item)));
}

static void
on_filter_toggled_cb (LimberJournalPage *self)
{
  ensure_list (self);
  limber_entry_list_set_kinds (self->list, get_filter_kinds (self));
}

static void
on_search_changed_cb (LimberJournalPage *self)
{
  ensure_list (self);
  limber_entry_list_set_search (self->list,
                                gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_stop_search_cb (LimberJournalPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_day_selected_cb (LimberJournalPage *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);

  gtk_menu_button_popdown (self->date_button);
  limber_journal_page_go_to_day (self, limber_day_from_date_time (date));
}

static void
on_settings_changed_cb (LimberJournalPage *self,
                        const char        *key)
{
  LimberUnits units = limber_settings_get_units (self->settings);

  if (units == self->units)
    return;

  self->units = units;
  if (self->shown != NULL)
    set_model (self, G_MAXUINT);
}

static void
limber_journal_page_root (GtkWidget *widget)
{
  LimberJournalPage *self = LIMBER_JOURNAL_PAGE (widget);
  GtkWidget *root;

  GTK_WIDGET_CLASS (limber_journal_page_parent_class)->root (widget);

  if (self->list != NULL)
    return;

  root = GTK_WIDGET (gtk_widget_get_root (widget));
  if (gtk_widget_get_realized (root))
    g_signal_connect_object (gtk_widget_get_frame_clock (root), "after-paint",
                             G_CALLBACK (on_root_painted_cb), self, 0);
  else
    g_signal_connect_object (root, "realize", G_CALLBACK (on_root_realize_cb), self,
                             G_CONNECT_SWAPPED);
}

/* Until it knows how tall its rows are, a GtkListView (GTK 4.8) makes, binds and measures rows
 * for up to 200 items. On this page, hidden at start-up, that was a third of the time to the
 * window's first frame; on the first switch to it, more than the frame budget. So the list gets
 * its model when the page is first shown, and only its first rows until the first frame has
 * measured them (bench/README.md has the figures). */
static void
limber_journal_page_map (GtkWidget *widget)
{
  LimberJournalPage *self = LIMBER_JOURNAL_PAGE (widget);

  if (self->shown == NULL)
    {
      set_model (self, FIRST_ROWS);
      g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                               G_CALLBACK (on_first_paint_cb), self, 0);
    }

  GTK_WIDGET_CLASS (limber_journal_page_parent_class)->map (widget);
}

static void
limber_journal_page_dispose (GObject *object)
{
  LimberJournalPage *self = LIMBER_JOURNAL_PAGE (object);

  /* The bin's child belongs to the template: let go of it before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIMBER_TYPE_JOURNAL_PAGE);
  g_clear_handle_id (&self->list_idle_id, g_source_remove);
  g_clear_object (&self->shown);
  g_clear_object (&self->list);
  g_clear_object (&self->journal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (limber_journal_page_parent_class)->dispose (object);
}

static void
limber_journal_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LimberJournalPage *self = LIMBER_JOURNAL_PAGE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_journal_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LimberJournalPage *self = LIMBER_JOURNAL_PAGE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
limber_journal_page_class_init (LimberJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = limber_journal_page_dispose;
  object_class->get_property = limber_journal_page_get_property;
  object_class->set_property = limber_journal_page_set_property;

  widget_class->root = limber_journal_page_root;
  widget_class->map = limber_journal_page_map;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL,
                         LIMBER_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/limberjournal/Limber/"
                                               "limber-journal-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, run_toggle);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, soreness_toggle);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, water_toggle);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, fascia_toggle);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, date_button);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LimberJournalPage, list_view);
  gtk_widget_class_bind_template_child_full (widget_class, "scrolled_window", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
}

static void
limber_journal_page_init (LimberJournalPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  self->units = limber_settings_get_units (self->settings);
  g_signal_connect_object (self->settings, "changed::units",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  /* Toggle buttons with icons only: say what they filter. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->run_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show runs"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->soreness_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show soreness"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->water_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show water"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fascia_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show fascia sessions"), -1);
}

LimberJournalPage *
limber_journal_page_new (LimberJournal *journal)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL (journal), NULL);

  return g_object_new (LIMBER_TYPE_JOURNAL_PAGE, "journal", journal, NULL);
}

LimberEntryList *
limber_journal_page_get_list (LimberJournalPage *self)
{
  g_return_val_if_fail (LIMBER_IS_JOURNAL_PAGE (self), NULL);

  ensure_list (self);

  return self->list;
}

/* Opens the search bar and puts the cursor in it (Ctrl+F). */
void
limber_journal_page_start_search (LimberJournalPage *self)
{
  g_return_if_fail (LIMBER_IS_JOURNAL_PAGE (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
limber_journal_page_set_kinds (LimberJournalPage *self,
                               LimberEntryKinds   kinds)
{
  g_return_if_fail (LIMBER_IS_JOURNAL_PAGE (self));

  gtk_toggle_button_set_active (self->run_toggle, (kinds & LIMBER_ENTRY_KINDS_RUN) != 0);
  gtk_toggle_button_set_active (self->soreness_toggle, (kinds & LIMBER_ENTRY_KINDS_SORENESS) != 0);
  gtk_toggle_button_set_active (self->water_toggle, (kinds & LIMBER_ENTRY_KINDS_HYDRATION) != 0);
  gtk_toggle_button_set_active (self->fascia_toggle, (kinds & LIMBER_ENTRY_KINDS_FASCIA) != 0);
}

/* Scrolls to the week of @day (or the nearest older entry). */
void
limber_journal_page_go_to_day (LimberJournalPage *self,
                               LimberDay          day)
{
  guint position;

  g_return_if_fail (LIMBER_IS_JOURNAL_PAGE (self));

  ensure_list (self);
  position = limber_entry_list_find_day (self->list, day);
  if (position == G_MAXUINT)
    return;

  show_all_rows (self);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}
