from afterview.cli import main

# Guarded: a process that granian's workers are spawned from (macOS, Windows)
# imports this module again, and must not run the command a second time.
if __name__ == "__main__":
    from afterview.lifeline import follow_parent

    follow_parent()  # a mail worker `serve` started ends with it
    main()
