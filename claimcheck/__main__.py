"""``python -m claimcheck``: the same as the ``claimcheck`` command."""

from claimcheck.cli import main

if __name__ == "__main__":
    main()
