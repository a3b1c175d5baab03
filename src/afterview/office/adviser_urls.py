from django.urls import path

from afterview.office import adviser_views

urlpatterns = [
    path("students/", adviser_views.students, name="students"),
    path("students/<int:student_id>/", adviser_views.student, name="student"),
    path("students/<int:student_id>/delete", adviser_views.student_delete, name="student_delete"),
]
