"""Chinese-aware keyword search over the FAQ base (and, later, over questions)."""
