"""granian's own program, as `afterview serve` runs it: `python -m granian`, except
that it first arranges to end with `serve` (afterview/lifeline.py)."""

# Guarded: on macOS granian spawns its workers, which import this module again.
if __name__ == "__main__":
    from afterview.lifeline import follow_parent

    follow_parent()
    from granian.cli import entrypoint

    entrypoint()
