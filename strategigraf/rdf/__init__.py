"""Turning extraction records into RDF (docs/model.md): one named graph per source document."""
