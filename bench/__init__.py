"""Benchmarks (`make bench`): not a test suite, pytest does not collect this folder."""
