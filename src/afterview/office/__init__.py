"""A career office's install: one office, its cohorts, students, advisers and admins.

Until `afterview office init` runs, afterview is the one-person tool it has always
been and nothing here is used (`mode.office()` is None)."""
