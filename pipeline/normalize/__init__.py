"""Pure normalisers: document text repair, dates, numbers."""
