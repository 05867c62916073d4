"""Benchmarks: accuracy on gold records and sample articles, document-level recall on a
labelled corpus, and throughput against spaCy alone (``communique bench``)."""
