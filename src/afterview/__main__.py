from afterview.cli import main

main()
