"""The plan lifecycle after drafting: approve (freeze the audience, assign holdout and A/B arms),
reject, regenerate copy, export for the brand's email/SMS tool, read out the lift, learn from it.

Faces call :mod:`copilot.lifecycle.api` only.
"""
