"""copilot.llm"""
