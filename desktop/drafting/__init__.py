"""Drafting and issuing outgoing documents: drafts and their versions, approval, the leader's signature on the draft, issue with số and ngày, dispatch (Nghị định 30, Điều 10–18)."""
