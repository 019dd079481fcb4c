"""The screens of the signing flow, in the order a supporter meets them."""
