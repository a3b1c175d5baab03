from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("records", "0002_h13_salutation")]

    operations = [
        migrations.AddField(
            model_name="application", name="link", field=models.URLField(blank=True, max_length=2000)
        ),
        migrations.AddField(
            model_name="application", name="location", field=models.CharField(blank=True, max_length=200)
        ),
        migrations.AddField(model_name="application", name="applied_on", field=models.DateField(blank=True, null=True)),
        migrations.AddField(model_name="application", name="notes", field=models.TextField(blank=True)),
    ]
