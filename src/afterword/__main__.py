from afterword.cli.fast import main

main()
