from django.urls import path

from afterview.web import feed, reply_views, views

app_name = "web"
urlpatterns = [
    path("", views.agenda, name="agenda"),
    path("login/", views.login, name="login"),
    path("signin/<str:token>", views.sign_in, name="sign_in"),
    path("logout/", views.logout, name="logout"),
    path("steps/done", views.action_done, name="action_done"),
    path("steps/snooze", views.action_snooze, name="action_snooze"),
    path("steps/unsnooze", views.action_unsnooze, name="action_unsnooze"),
    path("applications/", views.applications, name="applications"),
    path("applications/<int:app_id>/", views.application, name="application"),
    path("applications/<int:app_id>/touch", views.application_touch, name="application_touch"),
    path("applications/<int:app_id>/update", views.application_update, name="application_update"),
    path("applications/<int:app_id>/expect", views.application_expect, name="application_expect"),
    path("applications/<int:app_id>/greetings", views.application_greetings, name="application_greetings"),
    path("applications/<int:app_id>/draft", views.draft, name="draft"),
    path("interviews/new", views.interview_new, name="interview_new"),
    path("notes/<int:message_id>/", views.message, name="message"),
    path("notes/<int:message_id>/check", views.message_check, name="message_check"),
    path("notes/<int:message_id>/eml", views.message_eml, name="message_eml"),
    path("outbox/", views.outbox, name="outbox"),
    path("updates/", views.updates, name="updates"),
    path("replies/", reply_views.review, name="replies"),
    path("replies/<int:inbound_id>/confirm", reply_views.confirm, name="reply_confirm"),
    path("replies/<int:inbound_id>/dismiss", reply_views.dismiss, name="reply_dismiss"),
    path("settings/", views.settings_page, name="settings"),
    path("data/", views.data, name="data"),
    path("data/export", views.data_export, name="data_export"),
    path("data/csv/import", views.data_csv_import, name="data_csv_import"),
    path("data/csv/<str:name>", views.data_csv_export, name="data_csv_export"),
    path("data/record", views.data_record, name="data_record"),
    path("calendar/<str:token>.ics", feed.calendar_feed, name="calendar_feed"),
]
