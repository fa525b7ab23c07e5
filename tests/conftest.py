"""Shared test settings.

Property tests run derandomized: the same examples on every machine, so CI cannot go red on a
draw no one can reproduce (a failure prints its example, and stays failing until fixed). No test
has a deadline: speed is measured by the benchmark (`make benchmark`), never asserted in a test.
"""
from hypothesis import settings

settings.register_profile("porte-parole", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("porte-parole")
