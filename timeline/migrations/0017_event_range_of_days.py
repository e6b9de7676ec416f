"""An event dated by a range of days ("am 4. und 5. März") keeps the last day too: its
`date_value` is the first day, `date_range_end` the last, and `date_start`/`date_end` cover
both (`Event.set_date(..., end=...)`). Events stored before keep one day until their article
is processed again (re-processing updates untouched events; an editor's stay as they are)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('timeline', '0016_event_days_of_a_modifier'),
    ]

    operations = [
        migrations.AddField(
            model_name='event',
            name='date_range_end',
            field=models.DateField(blank=True, null=True, verbose_name='until (range of days)'),
        ),
        migrations.AddField(
            model_name='historicalevent',
            name='date_range_end',
            field=models.DateField(blank=True, null=True, verbose_name='until (range of days)'),
        ),
    ]
