"""copilot.agent"""
