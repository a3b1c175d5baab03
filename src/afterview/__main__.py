from afterview.cli import main

# Guarded: a process that granian's workers are spawned from (macOS, Windows)
# imports this module again, and must not run the command a second time.
if __name__ == "__main__":
    main()
