from afterword.cli.app import main

main()
