"""Electronic interchange: edXML packages in and out (QCVN 102:2016/BTTTT), status messages, checks on arrival."""
