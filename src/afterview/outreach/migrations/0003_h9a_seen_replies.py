"""Every reply already counted becomes a SeenReply of its candidate, so that replies are
deduplicated on (candidate, Message-ID) from now on and travel in backups."""

from django.db import migrations


def fill(apps, schema_editor):
    InboundMail = apps.get_model("outreach", "InboundMail")
    SeenReply = apps.get_model("records", "SeenReply")
    seen = set()
    for owner_id, message_id in InboundMail.objects.values_list("owner_id", "message_id").iterator():
        if (owner_id, message_id) not in seen:
            seen.add((owner_id, message_id))
            SeenReply.objects.create(owner_id=owner_id, message_id=message_id)


class Migration(migrations.Migration):

    dependencies = [
        ("outreach", "0002_h17_replies"),
        ("records", "0007_h9a_restore"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
