"""Leg-cramp companion bot."""
