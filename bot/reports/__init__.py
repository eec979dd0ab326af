"""Images and documents drawn from statistics: the /stats chart and the doctor's PDF report.

Rendered with matplotlib's object API (Figure + Agg/PDF canvases): no pyplot, no global state,
so rendering is safe in a worker thread. Every word comes from content/ (`stats.*`).
"""
