"""The pure core of afterview: no Django, no database, no clock of its own."""
