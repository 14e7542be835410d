"""The package version (a leaf module: fetch and the CLI read it without importing the
package facade, which loads the pipeline on first use)."""

__version__ = "0.1.0"
