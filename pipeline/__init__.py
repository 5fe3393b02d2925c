"""Pure pipeline steps: normalise, extract, load; and the `lifelong` CLI over them."""
