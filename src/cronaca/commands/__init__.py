"""Sub-commands of the `cronaca` CLI, one module each (see cronaca.cli)."""
