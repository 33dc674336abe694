"""copilot: a marketing copilot for e-commerce teams.

Layers point one way: data -> models -> tools -> knowledge -> agent/planner -> faces.
"""

__version__ = "0.1.0"
