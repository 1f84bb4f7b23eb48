"""Analysis of parsed captures: summaries, diffs, timelines."""
