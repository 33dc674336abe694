"""copilot.planner"""
