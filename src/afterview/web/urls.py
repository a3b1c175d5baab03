from django.urls import path

from afterview.web import views

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
    path("settings/", views.settings_page, name="settings"),
    path("settings/mail/signin", views.mail_oauth_start, name="mail_oauth_start"),
    path("settings/mail/oauth/", views.mail_oauth, name="mail_oauth"),
    path("data/", views.data, name="data"),
    path("data/export", views.data_export, name="data_export"),
    path("data/csv/import", views.data_csv_import, name="data_csv_import"),
    path("data/csv/<str:name>", views.data_csv_export, name="data_csv_export"),
    path("data/record", views.data_record, name="data_record"),
]
