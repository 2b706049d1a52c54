"""Checklists as data (definitions, relevance rules, scoring) and the assessments made with them."""
