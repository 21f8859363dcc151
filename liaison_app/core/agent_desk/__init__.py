"""The agent desk's rules (issue 18), Qt-free: searching and counting uses as the agent,
forwarding, the agent's own questions, the bulletin board, and the offline copy and
queue. The window (ui/desks/agent.py) only schedules these and shows their results."""
