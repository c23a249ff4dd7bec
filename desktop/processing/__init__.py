"""Processing incoming documents after registration: submission to the leader, the instruction, hand-over, handling, done (Nghị định 30, Điều 20–24)."""
