from pactwatch.cli.app import main

main()
