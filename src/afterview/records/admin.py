from django.contrib import admin

from afterview.records import models


class InterviewerInline(admin.TabularInline):
    model = models.Interviewer
    extra = 0


@admin.register(models.Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "tz", "owner"]
    search_fields = ["name"]


@admin.register(models.Contact)
class ContactAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "email", "organization", "owner"]
    search_fields = ["name", "email"]


@admin.register(models.Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ["id", "organization", "role", "hiring_contact", "owner"]


@admin.register(models.Interview)
class InterviewAdmin(admin.ModelAdmin):
    list_display = ["application", "starts_at", "ends_at", "expect_on"]
    inlines = [InterviewerInline]


@admin.register(models.Touch)
class TouchAdmin(admin.ModelAdmin):
    list_display = ["application", "kind", "at", "contact"]
    list_filter = ["kind"]


@admin.register(models.Update)
class UpdateAdmin(admin.ModelAdmin):
    list_display = ["application", "text", "added_at", "sent_at"]


@admin.register(models.Expectation)
class ExpectationAdmin(admin.ModelAdmin):
    list_display = ["application", "on", "learned_at"]


@admin.register(models.Message)
class MessageAdmin(admin.ModelAdmin):
    list_display = ["application", "kind", "contact", "status", "scheduled_at", "sent_at"]
    list_filter = ["status", "kind"]


@admin.register(models.Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "display_name", "email", "tz", "is_local"]
